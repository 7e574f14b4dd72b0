package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.util.Set;

/** Signed-in users for unit tests of selection's pages and rules, one per role, bound as the role needs. */
public final class Viewers {

    private Viewers() {}

    public static PortalUser province() {
        return user(1, Role.PROVINCE_ADMIN, null, null);
    }

    public static PortalUser city(String cityCode) {
        return user(2, Role.CITY_OFFICER, cityCode, null);
    }

    public static PortalUser school(long organizationId) {
        return user(3, Role.SCHOOL_ADMIN, null, organizationId);
    }

    public static PortalUser expert() {
        return user(4, Role.EXPERT, null, null);
    }

    public static PortalUser user(long id, Role role, String cityCode, Long organizationId) {
        return new PortalUser(
                id, role.name().toLowerCase(), role.name(), "{noop}x", true, Set.of(role), cityCode, organizationId);
    }
}
