package cn.gov.hunan.chuyi.account;

import java.util.List;

/** The pages of resets under the two-person rule, with what the administrator looking at them may do. */
final class ResetPages {

    private ResetPages() {}

    /**
     * The list: the requests waiting for a decision, shown to whoever may decide (a security administrator), and the
     * requests this administrator asked for, shown to whoever may ask (the system administrator).
     */
    record Overview(List<AccountResets.ResetView> pending, List<AccountResets.ResetView> mine, boolean mayDecide,
            boolean mayAsk) {}

    /**
     * One request: a security administrator decides a waiting request of another account than their own; its requester
     * collects an approved (and not lapsed) password reset.
     */
    record One(AccountResets.ResetView request, boolean mayDecide, boolean mayCollect) {

        static One of(AccountResets.ResetView request, ResetRequest.Status status, boolean lapsed, PortalUser actor) {
            boolean decide = status == ResetRequest.Status.PENDING && actor.has(Role.SECURITY_ADMIN)
                    && actor.id() != request.accountId();
            boolean collect = status == ResetRequest.Status.APPROVED && !lapsed
                    && request.kind() == ResetRequest.Kind.PASSWORD && actor.has(Role.SYSTEM_ADMIN)
                    && actor.getUsername().equals(request.requestedBy());
            return new One(request, decide, collect);
        }
    }
}
