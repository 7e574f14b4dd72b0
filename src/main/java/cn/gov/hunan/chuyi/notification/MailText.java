package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a mail says, in its reader's language: plain text (nothing in it is markup, so a typed title cannot become a
 * link or a script), the notice's sentence and the absolute address of its page, built from
 * {@code chuyi.portal.base-url} — never from a request, whose Host header the client chooses.
 */
@Component
class MailText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final String baseUrl;

    MailText(MessageSource messages, @Value("${chuyi.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a page of the portal. */
    String url(String link) {
        if (link == null || link.isBlank()) {
            return baseUrl + "/notifications";
        }
        return baseUrl + (link.startsWith("/") ? link : "/" + link);
    }

    String subject(String sentence, Locale locale) {
        return messages.getMessage("notification.mail.subject", new Object[] {oneLine(sentence)}, locale);
    }

    String body(String sentence, String url, Locale locale) {
        return messages.getMessage(
                "notification.mail.body", new Object[] {sentence, url, url("/notifications/preferences")}, locale);
    }

    String digestSubject(Instant day, int count, Locale locale) {
        return messages.getMessage(
                "notification.mail.digest.subject",
                new Object[] {DAY.format(PortalTime.local(day)), String.valueOf(count)},
                locale);
    }

    /** One mail of the day's notices: each sentence with its address, then where to change the choice. */
    String digestBody(List<OutboxMail> items, Locale locale) {
        StringBuilder lines = new StringBuilder();
        for (OutboxMail item : items) {
            lines.append("· ")
                    .append(item.subject())
                    .append('\n')
                    .append("  ")
                    .append(item.body())
                    .append("\n\n");
        }
        return messages.getMessage(
                "notification.mail.digest.body",
                new Object[] {lines.toString().strip(), url("/notifications/preferences")},
                locale);
    }

    /** A subject is one line: a line break there would end the header. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
