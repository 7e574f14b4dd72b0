package cn.gov.hunan.chuyi.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice's sentence in a reader's language, the same on the page and in the mail. Arguments are shown as given —
 * titles and reasons are typed words, never read as message keys — except where this module's own messages put a
 * key there itself: a nomination's new state, and the kind of deadline a reminder chases (declared in code).
 */
@Component
class NoticeText {

    /** Message key → the argument positions that hold a message key. */
    private static final Map<String, Set<Integer>> KEYED_ARGUMENTS = Map.of(
            "notification.nomination.status",
            Set.of(1),
            Reminders.UPCOMING,
            Set.of(1),
            Reminders.OVERDUE,
            Set.of(1),
            Reminders.BY_HAND,
            Set.of(1));

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    String render(String messageKey, List<String> arguments, Locale locale) {
        Set<Integer> keyed = KEYED_ARGUMENTS.getOrDefault(messageKey, Set.of());
        Object[] args = new Object[arguments.size()];
        for (int i = 0; i < args.length; i++) {
            String argument = arguments.get(i);
            args[i] = keyed.contains(i) && argument != null
                    ? messages.getMessage(argument, null, argument, locale)
                    : argument;
        }
        return messages.getMessage(messageKey, args, messageKey, locale);
    }
}
