package cn.gov.hunan.chuyi.account.policy;

import cn.gov.hunan.chuyi.account.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a second factor. Where two-factor is enforced (the postgres profile), every role must,
 * except those the security administrator relaxed; the department and the three administrators always must.
 * The demo profile leaves it optional (any user may still enrol).
 */
@Component
public class TwoFactorRules {

    public static final Set<Role> ALWAYS =
            EnumSet.of(Role.PROVINCE_ADMIN, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);

    private volatile boolean enforced;

    TwoFactorRules(@Value("${chuyi.security.two-factor.enforced:true}") boolean enforced) {
        this.enforced = enforced;
    }

    public boolean required(Set<Role> roles, Set<Role> relaxed) {
        if (!enforced) {
            return false;
        }
        return roles.stream().anyMatch(r -> ALWAYS.contains(r) || !relaxed.contains(r));
    }

    boolean enforced() {
        return enforced;
    }

    /** For the tests that prove enforcement while the others sign in with a password only. */
    void enforce(boolean enforced) {
        this.enforced = enforced;
    }
}
