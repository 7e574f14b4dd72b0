package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A change the rules refuse; the key says why, in the reader's language. */
class InheritorRuleException extends RuleViolation {

    InheritorRuleException(String messageKey) {
        super(messageKey);
    }
}
