package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's duty under the separation of duties (三权分立): granting and revoking roles, with a
 * reason. No account holds two administrator roles, or one together with a business role, and nobody grants or
 * revokes their own roles. A change ends every session of the account (see {@link AccountAdmin}).
 */
@Service
@Transactional(readOnly = true)
class RoleGrants {

    private final AccountRepository accounts;
    private final AccountChangeRepository changes;
    private final SessionControl sessions;
    private final Clock clock;

    RoleGrants(AccountRepository accounts, AccountChangeRepository changes, SessionControl sessions, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    void grant(long id, Role role, String reason, PortalUser actor) {
        Account account = forRoleChange(id, reason, actor);
        Set<Role> after = EnumSet.copyOf(withRole(account.roles(), role));
        checkSeparation(after);
        if (role == Role.CITY_OFFICER && account.cityCode() == null
                || role == Role.SCHOOL_ADMIN && account.organizationId() == null) {
            throw new AccountRejected("account.admin.error.binding");
        }
        if (account.roles().contains(role)) {
            throw new AccountRejected("account.admin.error.unchanged");
        }
        // whoever saw the one-time password (the system administrator) would sign in first and hold the role
        if (TwoFactorRules.ALWAYS.contains(role) && account.mustChangePassword()) {
            throw new AccountRejected("account.admin.error.privilegedOneTime");
        }
        account.grant(role);
        sessions.signOutEverywhere(account.username());
        log(
                account,
                AccountChange.Event.ROLE_GRANTED,
                actor,
                HistoryReason.key("account.change.role", role, reason.strip()));
    }

    @Transactional
    void revoke(long id, Role role, String reason, PortalUser actor) {
        Account account = forRoleChange(id, reason, actor);
        if (!account.roles().contains(role)) {
            throw new AccountRejected("account.admin.error.unchanged");
        }
        account.revoke(role);
        sessions.signOutEverywhere(account.username());
        log(
                account,
                AccountChange.Event.ROLE_REVOKED,
                actor,
                HistoryReason.key("account.change.role", role, reason.strip()));
    }

    /** No two administrator roles, and no administrator role together with a business role. */
    static void checkSeparation(Set<Role> roles) {
        long administrative = roles.stream().filter(r -> !r.isBusinessRole()).count();
        boolean business = roles.stream().anyMatch(Role::isBusinessRole);
        if (administrative > 1 || administrative == 1 && business) {
            throw new AccountRejected("account.admin.error.separation").at("role");
        }
    }

    private Account forRoleChange(long id, String reason, PortalUser actor) {
        AdministrationRights.require(actor, Role.SECURITY_ADMIN);
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        if (account.id() == actor.id()) {
            throw new AccountRejected("account.admin.error.self");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new AccountRejected("account.admin.error.reason").at("reason");
        }
        return account;
    }

    private static Set<Role> withRole(Set<Role> roles, Role role) {
        Set<Role> after = EnumSet.noneOf(Role.class);
        after.addAll(roles);
        after.add(role);
        return after;
    }

    private void log(Account account, AccountChange.Event event, PortalUser actor, HistoryReason detail) {
        changes.save(new AccountChange(account.id(), event, actor.getUsername(), detail, clock.instant()));
    }
}
