package cn.gov.hunan.chuyi.shared;

/**
 * A change of state the workflow's table does not allow now: the record is not in a state the move starts from, or
 * the user's role may not make it. Thrown by {@link Move#checkedFrom}; other refusals of a workflow (a missing
 * field, a deadline, a limit) are the module's own {@code …Rejected}.
 */
public class MoveRejected extends RuleViolation {

    public MoveRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
