package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A project change the rules do not allow; carries a message key for the user. */
public class ProjectRuleException extends RuleViolation {

    public ProjectRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
