package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A round the rules refuse to set up or to move now (not a refused move of the table: {@link cn.gov.hunan.chuyi.shared.MoveRejected}): no criteria, a quota above the target, the publicity period still running … */
public class RoundRejected extends RuleViolation {

    public RoundRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
