package cn.gov.hunan.chuyi.account.admin;

import static cn.gov.hunan.chuyi.account.admin.ResetRequest.Status.APPROVED;
import static cn.gov.hunan.chuyi.account.admin.ResetRequest.Status.DONE;
import static cn.gov.hunan.chuyi.account.admin.ResetRequest.Status.PENDING;
import static cn.gov.hunan.chuyi.account.admin.ResetRequest.Status.REFUSED;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a reset request under the two-person rule (双人复核): a security administrator approves or refuses a
 * waiting request; an approved password reset is collected by its requester, the system administrator, who sees the
 * one-time password then; an approved second-factor reset is carried out at once by its approver. The portal makes no
 * move itself: an approval left for a day lapses without a change of state ({@link ResetRequest#lapsed}). Who else may
 * not (the requester approving, the owner deciding on their own account) is the request's and the service's rule.
 */
enum ResetMove implements Move<ResetRequest.Status, Role> {
    APPROVE(EnumSet.of(PENDING), APPROVED, Role.SECURITY_ADMIN),
    REFUSE(EnumSet.of(PENDING), REFUSED, Role.SECURITY_ADMIN),
    COLLECT_PASSWORD(EnumSet.of(APPROVED), DONE, Role.SYSTEM_ADMIN),
    RESET_SECOND_FACTOR(EnumSet.of(APPROVED), DONE, Role.SECURITY_ADMIN);

    /** The refusal of a move the table does not allow: the request was dealt with already (or not yet). */
    static final String REFUSED_KEY = "account.reset.error.state";

    private final Set<ResetRequest.Status> from;
    private final ResetRequest.Status to;
    private final Set<Role> who;

    ResetMove(Set<ResetRequest.Status> from, ResetRequest.Status to, Role who) {
        this.from = from;
        this.to = to;
        this.who = EnumSet.of(who);
    }

    @Override
    public Set<ResetRequest.Status> from() {
        return from;
    }

    @Override
    public ResetRequest.Status to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return who;
    }

    /** The move that carries out an approved request of this kind. */
    static ResetMove carryingOut(ResetRequest.Kind kind) {
        return kind == ResetRequest.Kind.PASSWORD ? COLLECT_PASSWORD : RESET_SECOND_FACTOR;
    }

    /** Whether the user may make the move in one of their roles. */
    boolean mayBeMadeBy(PortalUser actor) {
        return actor.roles().stream().anyMatch(this::mayBeMadeBy);
    }

    /** The state after the move made by the user, in the role of theirs the table names; refused when none is. */
    ResetRequest.Status checkedFrom(ResetRequest.Status current, PortalUser actor) {
        Role role = actor.roles().stream()
                .filter(who::contains)
                .findFirst()
                .orElseThrow(() -> new MoveRejected(REFUSED_KEY, current, to));
        return checkedFrom(current, role, REFUSED_KEY);
    }
}
