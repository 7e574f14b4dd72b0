package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** A state change or an action that the rules do not allow now; carries a message key for the user. */
public class IllegalTransitionException extends RuleViolation {

    public IllegalTransitionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
