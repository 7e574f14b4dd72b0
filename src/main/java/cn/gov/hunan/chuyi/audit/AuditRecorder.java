package cn.gov.hunan.chuyi.audit;

import cn.gov.hunan.chuyi.shared.Audited;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns what happens into audit rows: sign-in, failure and sign-out from Spring Security, and every
 * {@link Audited} any module publishes. A change made inside a transaction is written just before that
 * transaction commits, so a change that rolls back leaves no row, and no row is written in the middle of a
 * flush.
 */
@Component
class AuditRecorder {

    private final AuditLog log;
    private final DenialThrottle denials;

    AuditRecorder(AuditLog log, Clock clock) {
        this.log = log;
        this.denials = new DenialThrottle(clock);
    }

    @EventListener
    void on(Audited event) {
        String actor = event.actor() != null ? event.actor() : currentUser();
        String ip = clientAddress(null);
        var row = new AuditLog.Row(
                actor, ip, event.action(), event.targetType(), event.targetId(), event.outcome(), event.details());
        Optional<AuditLog.Row> write =
                "DENIED".equals(event.outcome()) ? throttled(event, actor, ip, row) : Optional.of(row);
        if (write.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingInThisTransaction().add(write.get());
        } else {
            log.appendAll(List.of(write.get()));
        }
    }

    /**
     * The rows this transaction has audited so far, written together just before it commits (one lock of the chain's
     * head however many records the transaction changed). Kept by a synchronization of the transaction, so that a
     * transaction started inside it (REQUIRES_NEW, whose synchronizations are its own) writes its rows itself.
     */
    private Pending pendingInThisTransaction() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending) {
                return pending;
            }
        }
        var pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The audit rows of one transaction, appended in their order just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditLog.Row> rows = new ArrayList<>();
        private boolean written;

        void add(AuditLog.Row row) {
            if (written) {
                // audited by another synchronization's beforeCommit after this one ran: still inside the transaction
                log.appendAll(List.of(row));
            } else {
                rows.add(row);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            log.appendAll(List.copyOf(rows));
        }
    }

    /** For tests: the refusal counts start afresh, as after a quiet minute. */
    void forgetDenialCounts() {
        denials.forget();
    }

    /** Refusals are what probing produces: recorded, but a flood of them as counted summaries (DenialThrottle). */
    private Optional<AuditLog.Row> throttled(Audited event, String actor, String ip, AuditLog.Row row) {
        String kind = "PATH".equals(event.targetType()) ? "PATH" : "OBJECT";
        boolean anonymous = "anonymousUser".equals(actor) || "system".equals(actor);
        var decision = denials.next(kind + "|" + actor + (anonymous ? "|" + ip : ""));
        if (decision.recordIt()) {
            return Optional.of(row);
        }
        if (decision.summarise()) {
            return Optional.of(new AuditLog.Row(
                    actor,
                    ip,
                    "ACCESS_FLOOD",
                    kind,
                    null,
                    "DENIED",
                    decision.summaryCount() + " refusals since " + decision.since() + "; the first "
                            + DenialThrottle.PER_MINUTE + " recorded one by one"));
        }
        return Optional.empty();
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        log.append(
                event.getAuthentication().getName(),
                clientAddress(event.getAuthentication()),
                "SIGN_IN",
                "ACCOUNT",
                event.getAuthentication().getName(),
                "SUCCESS",
                null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        // the name typed, which may not exist; the reason says whether it was locked, disabled or wrong
        log.append(
                String.valueOf(event.getAuthentication().getName()),
                clientAddress(event.getAuthentication()),
                "SIGN_IN",
                "ACCOUNT",
                String.valueOf(event.getAuthentication().getName()),
                "FAILURE",
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        log.append(
                event.getAuthentication().getName(),
                clientAddress(event.getAuthentication()),
                "SIGN_OUT",
                "ACCOUNT",
                event.getAuthentication().getName(),
                "SUCCESS",
                null);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** The client's address: from the sign-in's details, else from the current request; none for jobs. */
    static String clientAddress(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
