package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An account's page for an administrator: the account, its lockout, resets and history, and what this administrator
 * may do on it. The system administrator manages the account (describes, enables or disables, resets); a password
 * reset of a privileged account only asks (two-person rule, {@link AccountResets}); a second factor can be reset only
 * where there is one. The security administrator changes roles and releases a lockout. The services check the same
 * again when the form is posted.
 */
record AccountPage(
        AccountAdmin.AccountView account,
        LocalDateTime lockedUntil,
        List<ResetPages.ResetView> resets,
        List<HistoryLine> history,
        List<Role> roles,
        boolean mayManage,
        boolean resetNeedsApproval,
        boolean mayResetSecondFactor,
        boolean mayChangeRoles,
        boolean mayReleaseLockout) {

    static AccountPage of(
            AccountAdmin.AccountView account,
            LocalDateTime lockedUntil,
            List<ResetPages.ResetView> resets,
            List<HistoryLine> history,
            PortalUser actor) {
        boolean system = actor.has(Role.SYSTEM_ADMIN);
        boolean security = actor.has(Role.SECURITY_ADMIN);
        return new AccountPage(
                account,
                lockedUntil,
                resets,
                history,
                List.of(Role.values()),
                system,
                AccountResets.privileged(account.roles()),
                system && account.twoFactor(),
                security,
                security && lockedUntil != null);
    }
}
