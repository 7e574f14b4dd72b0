package cn.gov.hunan.chuyi.shared;

import java.util.Set;

/**
 * One move of a workflow (round, nomination, objection, plan, task, finding, project, report, inheritor …): from
 * which states, to which state, and who may make it. Each workflow lists its moves as one enum implementing this —
 * its table — and every change of state goes through {@link #checkedFrom}, the one place that refuses a move the
 * table does not allow; a scheduled job makes its moves through the same table (with no role). Pages ask the same
 * table which moves to offer ({@link #allowedFrom}, {@link #mayBeMadeBy}), so a button is shown exactly when the
 * move would be accepted. {@code selection.round.RoundMove} and its tests are the model.
 *
 * @param <S> the workflow's states
 * @param <R> who acts (the portal's roles)
 */
public interface Move<S extends Enum<S>, R extends Enum<R>> {

    /** The states the move may start from. */
    Set<S> from();

    /** The state the move leads to. */
    S to();

    /** The roles that may make the move; empty when only the portal itself makes it. */
    Set<R> who();

    /** Whether the portal's own scheduled job makes this move (when its deadline passes). */
    default boolean scheduled() {
        return false;
    }

    /** Whether the table allows the move from the current state, whoever asks. */
    default boolean allowedFrom(S current) {
        return from().contains(current);
    }

    /** Whether someone acting in {@code role} may make the move; a null role is the portal's scheduled job. */
    default boolean mayBeMadeBy(R role) {
        return role == null ? scheduled() : who().contains(role);
    }

    /**
     * The state after the move, or a {@link MoveRejected} with {@code refusalKey} (arguments: the current state and
     * the state the move leads to) when the table does not allow it from {@code current} for {@code role}.
     */
    default S checkedFrom(S current, R role, String refusalKey) {
        if (!allowedFrom(current) || !mayBeMadeBy(role)) {
            throw new MoveRejected(refusalKey, current, to());
        }
        return to();
    }
}
