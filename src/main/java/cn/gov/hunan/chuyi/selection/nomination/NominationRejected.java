package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A nomination the rules refuse to file, change or pass on now: the window closed, the organisation's places used, the city's limit reached, a reason missing … */
public class NominationRejected extends RuleViolation {

    public NominationRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
