package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An adjustment the rules refuse (no meeting, no reason); carries a message key for the user. */
public class AdjustmentRejected extends RuleViolation {

    public AdjustmentRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
