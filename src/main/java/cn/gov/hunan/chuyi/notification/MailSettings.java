package cn.gov.hunan.chuyi.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail as a second channel ({@code chuyi.mail.*}; the SMTP server itself is Spring's {@code spring.mail.*}). Off by
 * default: nothing is written to the outbox and no mail job runs. A failed send is tried again after
 * {@code first-retry}, doubling each time up to {@code longest-retry}, and given up (FAILED, kept with its error) after
 * {@code max-attempts}. The daily digest is bundled at {@code digest-cron} (Asia/Shanghai; "-" switches it off).
 */
@ConfigurationProperties("chuyi.mail")
public record MailSettings(
        Boolean enabled,
        String from,
        Integer maxAttempts,
        Duration firstRetry,
        Duration longestRetry,
        Integer batchSize,
        Duration sendDelay,
        String digestCron) {

    public MailSettings {
        enabled = enabled != null && enabled;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        longestRetry = longestRetry == null ? Duration.ofHours(6) : longestRetry;
        batchSize = batchSize == null ? 50 : batchSize;
        sendDelay = sendDelay == null ? Duration.ofSeconds(30) : sendDelay;
        digestCron = digestCron == null ? "0 0 18 * * *" : digestCron;
    }

    /** How long to wait after the given number of failed attempts (1, 2 …) before the next. */
    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    /** Whether a mail that has failed this many times is given up. */
    boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
