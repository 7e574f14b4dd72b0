package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A change to an inspection task the rules refuse: figures out of range, an unscored indicator, a team without a lead. */
public class TaskRejected extends RuleViolation {

    public TaskRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
