package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.RuleViolation;

/**
 * A reminder by hand (催办) the rules refuse: no message, one too long, or a deadline that is closed or concerns
 * nobody. The field is {@code message} where the message is the reason, so the caller's form shows it there.
 */
public class ReminderRejected extends RuleViolation {

    ReminderRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    static ReminderRejected aboutMessage(String messageKey, Object... arguments) {
        ReminderRejected refused = new ReminderRejected(messageKey, arguments);
        refused.at("message");
        return refused;
    }
}
