package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/** An action the supervision rules do not allow now; carries a message key for the user. */
public class SupervisionException extends RuleViolation {

    public SupervisionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
