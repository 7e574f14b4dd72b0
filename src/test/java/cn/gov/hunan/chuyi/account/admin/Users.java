package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** Small builders of users and accounts for the account rules' unit tests. */
final class Users {

    private Users() {}

    /** A signed-in user holding these roles, with this id and a name made of it. */
    static PortalUser signedIn(long id, Role... roles) {
        return new PortalUser(
                id,
                "user" + id,
                "User " + id,
                null,
                true,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                null,
                null);
    }

    static PortalUser systemAdmin() {
        return signedIn(2, Role.SYSTEM_ADMIN);
    }

    static PortalUser securityAdmin() {
        return signedIn(3, Role.SECURITY_ADMIN);
    }

    /** An account as the administrators' pages show it. */
    static AccountAdmin.AccountView account(long id, boolean twoFactor, Role... roles) {
        return new AccountAdmin.AccountView(
                id,
                "account" + id,
                "Account " + id,
                true,
                null,
                null,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                false,
                twoFactor,
                LocalDateTime.of(2026, 1, 5, 9, 0),
                0,
                "account" + id + "@jyt.hunan.gov.cn");
    }
}
