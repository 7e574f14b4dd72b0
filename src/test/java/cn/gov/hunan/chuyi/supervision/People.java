package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.util.Set;

/** Signed-in users for supervision's unit tests: province staff, inspectors, a city bureau, a school. */
public final class People {

    public static final String LOUDI = "431300";
    public static final String CHANGSHA = "430100";

    private People() {}

    public static PortalUser admin() {
        return user(1, Set.of(Role.PROVINCE_ADMIN), null, null);
    }

    public static PortalUser inspector(long id) {
        return user(id, Set.of(Role.INSPECTOR), null, null);
    }

    public static PortalUser city(String cityCode) {
        return user(300, Set.of(Role.CITY_OFFICER), cityCode, null);
    }

    public static PortalUser school(long organizationId, String cityCode) {
        return user(400 + organizationId, Set.of(Role.SCHOOL_ADMIN), cityCode, organizationId);
    }

    public static PortalUser withRoles(Role... roles) {
        return user(500, Set.of(roles), LOUDI, 7L);
    }

    private static PortalUser user(long id, Set<Role> roles, String cityCode, Long organizationId) {
        return new PortalUser(id, "user" + id, "User " + id, "", true, roles, cityCode, organizationId);
    }
}
