package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages of resets under the two-person rule, with what the administrator looking at them may do (the moves of
 * {@link ResetMove} they may make); the requests are asked and decided in {@link AccountResets}.
 */
@Service
@Transactional(readOnly = true)
class ResetPages {

    private final AccountRepository accounts;
    private final ResetRequestRepository requests;
    private final Clock clock;

    ResetPages(AccountRepository accounts, ResetRequestRepository requests, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.clock = clock;
    }

    /** A request as the pages show it; {@code state} is the status, or LAPSED for an approval past its day. */
    record ResetView(
            long id,
            long accountId,
            String username,
            String displayName,
            Set<Role> roles,
            ResetRequest.Kind kind,
            String state,
            String requestedBy,
            String reason,
            LocalDateTime requestedAt,
            String decidedBy,
            LocalDateTime decidedAt,
            String decision,
            long version) {}

    /**
     * The list: the requests waiting for a decision, shown to whoever may decide (a security administrator), and the
     * requests this administrator asked for, shown to whoever may ask (the system administrator).
     */
    record Overview(List<ResetView> pending, List<ResetView> mine, boolean mayDecide, boolean mayAsk) {}

    /**
     * One request: a security administrator decides a waiting request of another account than their own; its requester
     * collects an approved (and not lapsed) password reset.
     */
    record One(ResetView request, boolean mayDecide, boolean mayCollect) {

        static One of(ResetView request, ResetRequest.Status status, boolean lapsed, PortalUser actor) {
            boolean decide = ResetMove.APPROVE.allowedFrom(status)
                    && ResetMove.APPROVE.mayBeMadeBy(actor)
                    && ResetMove.REFUSE.allowedFrom(status)
                    && ResetMove.REFUSE.mayBeMadeBy(actor)
                    && actor.id() != request.accountId();
            boolean collect = request.kind() == ResetRequest.Kind.PASSWORD
                    && ResetMove.COLLECT_PASSWORD.allowedFrom(status)
                    && ResetMove.COLLECT_PASSWORD.mayBeMadeBy(actor)
                    && !lapsed
                    && actor.getUsername().equals(request.requestedBy());
            return new One(request, decide, collect);
        }
    }

    /** The list page: what waits for a decision and what this administrator asked for. */
    Overview overview(PortalUser actor) {
        return new Overview(
                pending(actor), requestedBy(actor), ResetMove.APPROVE.mayBeMadeBy(actor), actor.has(Role.SYSTEM_ADMIN));
    }

    /** One request's page, with what this administrator may do on it. */
    One page(long requestId, PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        ResetRequest request =
                requests.findById(requestId).orElseThrow(() -> new NotFoundException("reset request", requestId));
        return One.of(view(request), request.status(), request.lapsed(clock.instant()), actor);
    }

    /** Requests waiting for a security administrator's decision. */
    List<ResetView> pending(PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        return requests.withStatus(ResetRequest.Status.PENDING).stream()
                .map(this::view)
                .toList();
    }

    /** What this system administrator asked for, newest first. */
    List<ResetView> requestedBy(PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        return actor.has(Role.SYSTEM_ADMIN)
                ? requests.requestedBy(actor.getUsername()).stream()
                        .map(this::view)
                        .toList()
                : Collections.emptyList();
    }

    List<ResetView> ofAccount(long accountId, PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        return requests.ofAccount(accountId).stream().map(this::view).toList();
    }

    private ResetView view(ResetRequest r) {
        Account a = accounts.findById(r.userId()).orElseThrow();
        String state = r.lapsed(clock.instant()) ? "LAPSED" : r.status().name();
        return new ResetView(
                r.id(),
                a.id(),
                a.username(),
                a.displayName(),
                a.roles(),
                r.kind(),
                state,
                r.requestedBy(),
                r.reason(),
                PortalTime.local(r.requestedAt()),
                r.decidedBy(),
                PortalTime.local(r.decidedAt()),
                r.decision(),
                r.version());
    }
}
