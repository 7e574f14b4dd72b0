package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/**
 * A project change the rules refuse (a missing field, a full target, a limit); carries a message key for the user.
 * A move the table does not allow is a {@link cn.gov.hunan.chuyi.shared.MoveRejected}.
 */
public class ProjectRejected extends RuleViolation {

    public ProjectRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
