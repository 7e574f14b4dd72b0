package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.password.OneTimePasswords;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What a reset does once it may be done ({@link AccountResets} decides that): a new one-time password, or the second
 * factor gone; the account's sessions end everywhere; each step is a line of the account's history and an audit event
 * under one target type ({@value #AUDIT_TARGET}), so the auditor lists every reset with one filter.
 */
@Component
class ResetExecution {

    static final String AUDIT_TARGET = "ACCOUNT_RESET";

    private final AccountChangeRepository changes;
    private final TwoFactorService twoFactor;
    private final PasswordEncoder encoder;
    private final SessionControl sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResetExecution(
            AccountChangeRepository changes,
            TwoFactorService twoFactor,
            PasswordEncoder encoder,
            SessionControl sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.changes = changes;
        this.twoFactor = twoFactor;
        this.encoder = encoder;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new one-time password, made now (nothing secret waits in the database) and handed over this once; the second
     * factor stays. {@code request} is null for a business account's reset, which needs no approval.
     */
    AccountAdmin.OneTime password(Account account, String actor, HistoryReason detail, ResetRequest request) {
        String password = OneTimePasswords.next();
        account.resetPassword(encoder.encode(password), clock.instant());
        sessions.signOutEverywhere(account.username());
        changes.save(
                new AccountChange(account.id(), AccountChange.Event.PASSWORD_RESET, actor, detail, clock.instant()));
        events.publishEvent(new Audited(
                actor,
                "RESET_CARRIED_OUT",
                AUDIT_TARGET,
                account.username(),
                "SUCCESS",
                request == null
                        ? "PASSWORD" + (detail.typed() == null ? "" : "；" + detail.typed())
                        : details(request, null)));
        return new AccountAdmin.OneTime(account.id(), account.username(), password);
    }

    /** The authenticator and the recovery codes gone: the owner enrols again at the next sign-in. */
    void secondFactor(Account account, PortalUser actor, ResetRequest request) {
        twoFactor.discard(account);
        sessions.signOutEverywhere(account.username());
        log(account, AccountChange.Event.TWO_FACTOR_RESET, actor, withNote(request, request.requestedBy()));
        audit(actor, "RESET_CARRIED_OUT", account, request, null);
    }

    void log(Account account, AccountChange.Event event, PortalUser actor, HistoryReason detail) {
        changes.save(new AccountChange(account.id(), event, actor.getUsername(), detail, clock.instant()));
    }

    /** One audit event per step of a request: actor, target, requester, approver, reason. */
    void audit(PortalUser actor, String action, Account account, ResetRequest request, String note) {
        events.publishEvent(new Audited(
                actor.getUsername(), action, AUDIT_TARGET, account.username(), "SUCCESS", details(request, note)));
    }

    /** "PASSWORD #12：why" in the reader's language: the request, and what the step adds (a reason, a name). */
    static HistoryReason withNote(ResetRequest request, String note) {
        return HistoryReason.key("account.change.resetNote", request.kind(), request.id(), note);
    }

    private static String details(ResetRequest request, String note) {
        return "#" + request.id() + " " + request.kind() + "；requester=" + request.requestedBy()
                + (request.decidedBy() == null ? "" : "；approver=" + request.decidedBy())
                + "；reason=" + request.reason() + (note == null || note.equals(request.reason()) ? "" : "；" + note);
    }
}
