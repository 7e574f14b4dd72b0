package cn.gov.hunan.chuyi.notification;

/**
 * The kinds of notice a user chooses a channel for. A notice's kind is the module its message key belongs to (the
 * first part of the key, as every bundle names its keys; the notification bundle's own {@code notification.<module>.…}
 * keys name the module second), and reminders (催办) are a kind of their own, whichever module's deadline they chase.
 */
public enum NoticeKind {
    SELECTION,
    SUPERVISION,
    PROJECT,
    INHERITOR,
    REMINDER,
    OTHER;

    static final String REMINDER_KEYS = "notification.reminder.";

    static NoticeKind of(String messageKey) {
        if (messageKey == null || messageKey.isBlank()) {
            return OTHER;
        }
        if (messageKey.startsWith(REMINDER_KEYS)) {
            return REMINDER;
        }
        String[] parts = messageKey.split("\\.");
        String module = "notification".equals(parts[0]) && parts.length > 1 ? parts[1] : parts[0];
        return switch (module) {
            case "selection", "nomination", "review", "publicity" -> SELECTION;
            case "supervision" -> SUPERVISION;
            case "project" -> PROJECT;
            case "inheritor" -> INHERITOR;
            default -> OTHER;
        };
    }
}
