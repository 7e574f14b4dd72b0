package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An evaluation the rules refuse (a grade not due, a missing confirmation); carries a message key for the user. */
public class EvaluationRejected extends RuleViolation {

    public EvaluationRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
