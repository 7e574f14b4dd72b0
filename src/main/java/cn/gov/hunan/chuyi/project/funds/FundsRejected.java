package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A change to a project's funds the rules refuse: a missing or malformed field, a report no longer editable. */
public class FundsRejected extends RuleViolation {

    public FundsRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
