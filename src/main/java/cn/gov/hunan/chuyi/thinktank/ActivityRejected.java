package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A change to an activity the rules refuse; the key says why, in the reader's language. */
class ActivityRejected extends RuleViolation {

    ActivityRejected(String messageKey) {
        super(messageKey);
    }
}
