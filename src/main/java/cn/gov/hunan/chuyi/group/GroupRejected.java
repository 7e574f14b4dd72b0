package cn.gov.hunan.chuyi.group;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A group change the rules refuse (a field, a day, a membership); the key says why, in the reader's language. */
class GroupRejected extends RuleViolation {

    GroupRejected(String messageKey) {
        super(messageKey);
    }
}
