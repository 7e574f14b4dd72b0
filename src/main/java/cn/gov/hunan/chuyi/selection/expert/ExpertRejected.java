package cn.gov.hunan.chuyi.selection.expert;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An expert's title or fields that break a rule; the key says why in the reader's language. */
public class ExpertRejected extends RuleViolation {

    ExpertRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
