package cn.gov.hunan.chuyi.group;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A group change the rules refuse; the key says why, in the reader's language. */
class GroupRuleException extends RuleViolation {

    GroupRuleException(String messageKey) {
        super(messageKey);
    }
}
