package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A plan the rules refuse: a missing field, a taken year, a weight out of range, a plan that is not running. */
public class PlanRejected extends RuleViolation {

    public PlanRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
