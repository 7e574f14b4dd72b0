package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The role checks that account administration repeats inside its services (the controllers' rules are checked
 * again where the change is made, so a new caller cannot skip them).
 */
final class AdministrationRights {

    private AdministrationRights() {}

    static void require(PortalUser actor, Role role) {
        if (!actor.has(role)) {
            throw new AccessDeniedException("needs " + role);
        }
    }

    static void requireAdministrator(PortalUser actor) {
        if (!actor.has(Role.SYSTEM_ADMIN) && !actor.has(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("account administration");
        }
    }
}
