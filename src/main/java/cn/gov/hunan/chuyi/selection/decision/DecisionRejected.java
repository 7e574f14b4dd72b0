package cn.gov.hunan.chuyi.selection.decision;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A decision the rules refuse: no meeting, more than the quota, a departure from rank order without a reason … */
public class DecisionRejected extends RuleViolation {

    public DecisionRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
