package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A target change that breaks a rule; carries the message key that explains it to the user. */
public class TargetChangeRejected extends RuleViolation {

    public TargetChangeRejected(String messageKey) {
        super(messageKey);
    }
}
