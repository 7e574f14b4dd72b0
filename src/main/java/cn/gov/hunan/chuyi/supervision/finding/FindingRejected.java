package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A finding or an answer the rules refuse: a missing field, a deadline not in the future, a school of another city. */
public class FindingRejected extends RuleViolation {

    public FindingRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
