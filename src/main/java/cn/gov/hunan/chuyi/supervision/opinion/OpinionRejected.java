package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A step of the self-evaluation or the opinion the rules refuse: an empty text, a bad number, a past deadline. */
public class OpinionRejected extends RuleViolation {

    public OpinionRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
