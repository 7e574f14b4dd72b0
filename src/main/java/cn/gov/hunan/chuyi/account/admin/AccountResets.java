package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resets of passwords and second factors under the separation of duties (三权分立) and the two-person rule (双人复核).
 *
 * <p><b>Which accounts.</b> An account holding any role of {@link TwoFactorRules#ALWAYS} (the department and the three
 * administrators) is privileged: the system administrator only asks, with a reason; a reset it could carry out alone
 * would let it sign in as the auditor who watches it, or as the security administrator who grants its roles. A
 * business account's password reset stays one step, as before. A second factor is reset only under the two-person rule,
 * whoever holds it: otherwise a one-step password reset plus a one-step second-factor reset would hand the system
 * administrator any account.
 *
 * <p><b>Who approves.</b> A security administrator, never the requester nor the account's owner. The security
 * administrator already decides who may do what (roles, policy); approving who may be let back into an account is that
 * same duty. The auditor does not approve: its duty is to watch, and it would then audit its own decisions. A security
 * administrator's own account is approved by another security administrator; where there is none, nobody in the portal
 * can approve, and the reset is refused here: it is done on the server with {@code --reset-password=NAME} (see
 * {@link FirstRun}), by people who hold the server, its database and its key anyway, and it is recorded like every
 * reset.
 *
 * <p><b>Who receives the password.</b> The requester, once, after approval (the first option). The other
 * option, delivering it only to its owner out of band, needs a channel the system administrator does not control; the
 * portal has none (no mail or SMS gateway, and the owner cannot sign in to read it), so it would be the same hand-over
 * in person as for a new account, without the portal knowing. What keeps the requester out is the second factor:
 * <ul>
 * <li>a password reset never touches the second factor (TOTP key, recovery codes): with the new password alone one
 * reaches only the second step of sign-in;</li>
 * <li>a privileged account's password is therefore not reset while it has no second factor (whoever signed in first
 * would enrol their own), and a second factor is not reset while the account's password is a one-time password an
 * administrator set (the requester may hold it). Nobody thus ever holds a working password and an open enrolment of
 * somebody else's account; someone who lost both gets a new account.</li>
 * </ul>
 * The password is made when the requester collects it, so nothing secret waits in the database. Every step is a line
 * of the account's history and an audit event ({@code ACCOUNT_RESET}: actor, target, requester, approver, reason).
 *
 * <p>Here the requests are asked and decided; the request's states follow {@link ResetMove}, {@link ResetExecution}
 * carries a reset out and records it, {@link ResetPages} shows the requests.
 */
@Service
@Transactional(readOnly = true)
class AccountResets {

    private final AccountRepository accounts;
    private final ResetRequestRepository requests;
    private final ResetExecution execution;
    private final Clock clock;

    AccountResets(AccountRepository accounts, ResetRequestRepository requests, ResetExecution execution, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.execution = execution;
        this.clock = clock;
    }

    /** What the reset button gives: the one-time password at once (a business account), or a request waiting. */
    record Outcome(AccountAdmin.OneTime oneTime, Long requestId) {}

    static boolean privileged(Set<Role> roles) {
        return roles.stream().anyMatch(TwoFactorRules.ALWAYS::contains);
    }

    @Transactional
    Outcome resetPassword(long accountId, long version, String reason, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        Account account = target(accountId, actor);
        Versions.expect(account.version(), version, "account");
        if (!privileged(account.roles())) {
            String why = Text.blankToNull(reason);
            if (why != null && why.length() > 500) {
                throw new AccountRejected("account.admin.error.reason");
            }
            return new Outcome(execution.password(account, actor.getUsername(), HistoryReason.typed(why), null), null);
        }
        return new Outcome(null, ask(account, ResetRequest.Kind.PASSWORD, reason, actor));
    }

    @Transactional
    long requestSecondFactorReset(long accountId, String reason, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        return ask(target(accountId, actor), ResetRequest.Kind.SECOND_FACTOR, reason, actor);
    }

    /**
     * Approves after the approver confirmed having checked with the owner; a second-factor reset is carried out at once
     * (it hands nobody a secret), a password reset waits for its requester to collect it.
     */
    @Transactional
    void approve(long requestId, long version, boolean confirmed, PortalUser actor) {
        ResetRequest request = forDecision(requestId, version, actor);
        if (!confirmed) {
            throw new AccountRejected("account.reset.error.confirm");
        }
        Account account = accounts.findById(request.userId()).orElseThrow();
        checkApprover(account, actor);
        checkSecondFactorRule(account, request.kind());
        request.approve(actor, clock.instant());
        execution.log(
                account,
                AccountChange.Event.RESET_APPROVED,
                actor,
                HistoryReason.key("account.change.reset", request.kind(), request.id()));
        execution.audit(actor, "RESET_APPROVED", account, request, null);
        if (request.kind() == ResetRequest.Kind.SECOND_FACTOR) {
            request.carryOut(actor, clock.instant());
            execution.secondFactor(account, actor, request);
        }
    }

    @Transactional
    void refuse(long requestId, long version, String reason, PortalUser actor) {
        ResetRequest request = forDecision(requestId, version, actor);
        String why = Text.blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw new AccountRejected("account.admin.error.reason");
        }
        Account account = accounts.findById(request.userId()).orElseThrow();
        request.refuse(actor, why, clock.instant());
        execution.log(account, AccountChange.Event.RESET_REFUSED, actor, ResetExecution.withNote(request, why));
        execution.audit(actor, "RESET_REFUSED", account, request, why);
    }

    /** The approved password reset, carried out now by its requester, who sees the one-time password this once. */
    @Transactional
    AccountAdmin.OneTime collect(long requestId, long version, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        ResetRequest request = load(requestId, version);
        if (!request.requestedBy().equals(actor.getUsername()) || request.kind() != ResetRequest.Kind.PASSWORD) {
            throw new AccountRejected("account.reset.error.notRequester");
        }
        Account account = accounts.findById(request.userId()).orElseThrow();
        checkSecondFactorRule(account, request.kind());
        request.carryOut(actor, clock.instant());
        return execution.password(
                account, actor.getUsername(), ResetExecution.withNote(request, request.decidedBy()), request);
    }

    private long ask(Account account, ResetRequest.Kind kind, String reason, PortalUser actor) {
        String why = Text.blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw new AccountRejected("account.admin.error.reason");
        }
        checkSecondFactorRule(account, kind);
        if (approvers(account, actor).isEmpty()) {
            throw new AccountRejected("account.reset.error.noApprover");
        }
        if (requests.ofAccount(account.id()).stream().anyMatch(r -> r.kind() == kind && r.open(clock.instant()))) {
            throw new AccountRejected("account.reset.error.open");
        }
        ResetRequest request =
                requests.save(new ResetRequest(account.id(), kind, actor.getUsername(), why, clock.instant()));
        execution.log(account, AccountChange.Event.RESET_REQUESTED, actor, ResetExecution.withNote(request, why));
        execution.audit(actor, "RESET_REQUESTED", account, request, why);
        return request.id();
    }

    /**
     * The second factor is what keeps a reset password from opening the account: a privileged account's password is not
     * reset without one, and a second factor is not reset while an administrator's one-time password is outstanding.
     */
    private static void checkSecondFactorRule(Account account, ResetRequest.Kind kind) {
        if (kind == ResetRequest.Kind.PASSWORD && !account.totpEnabled()) {
            throw new AccountRejected("account.reset.error.noSecondFactor");
        }
        if (kind == ResetRequest.Kind.SECOND_FACTOR && !account.totpEnabled()) {
            throw new AccountRejected("account.reset.error.nothingToReset");
        }
        if (kind == ResetRequest.Kind.SECOND_FACTOR && account.mustChangePassword()) {
            throw new AccountRejected("account.reset.error.oneTimeOutstanding");
        }
    }

    /** The enabled security administrators who may decide on this account: neither its owner nor the requester. */
    private List<Account> approvers(Account account, PortalUser requester) {
        return accounts.findEnabledWithRole(Role.SECURITY_ADMIN).stream()
                .filter(a -> !a.id().equals(account.id()) && !a.username().equals(requester.getUsername()))
                .toList();
    }

    private static void checkApprover(Account account, PortalUser actor) {
        if (account.id() == actor.id()) {
            throw new AccountRejected("account.reset.error.ownAccount");
        }
    }

    private ResetRequest forDecision(long requestId, long version, PortalUser actor) {
        AdministrationRights.require(actor, Role.SECURITY_ADMIN);
        return load(requestId, version);
    }

    private ResetRequest load(long requestId, long version) {
        ResetRequest request =
                requests.findById(requestId).orElseThrow(() -> new NotFoundException("reset request", requestId));
        Versions.expect(request.version(), version, "request");
        return request;
    }

    private Account target(long accountId, PortalUser actor) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.id() == actor.id()) {
            throw new AccountRejected("account.admin.error.self");
        }
        return account;
    }
}
