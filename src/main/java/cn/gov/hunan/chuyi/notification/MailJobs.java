package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.StringUtils;

/**
 * The mail jobs, only while {@code chuyi.mail.enabled}: the outbox is emptied every {@code chuyi.mail.send-delay},
 * the digest bundled daily at {@code chuyi.mail.digest-cron}, each on one instance at a time. Starting with mail on
 * but no SMTP server ({@code spring.mail.host}) or no sender address fails at once, with the setting to give.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.mail.enabled", havingValue = "true")
class MailJobs {

    private final MailDispatch dispatch;
    private final ScheduledJobs jobs;
    private final Duration minimumGap;

    MailJobs(MailDispatch dispatch, ScheduledJobs jobs, MailSettings settings, ObjectProvider<JavaMailSender> sender) {
        if (sender.getIfAvailable() == null) {
            throw new IllegalStateException(
                    "chuyi.mail.enabled=true needs an SMTP server: set spring.mail.host (and port, "
                            + "username, password); see docs/configuration.md");
        }
        if (!StringUtils.hasText(settings.from())) {
            throw new IllegalStateException("chuyi.mail.enabled=true needs chuyi.mail.from, the sender's address");
        }
        this.dispatch = dispatch;
        this.jobs = jobs;
        this.minimumGap = settings.sendDelay().multipliedBy(9).dividedBy(10);
    }

    @Scheduled(
            fixedDelayString = "${chuyi.mail.send-delay:PT30S}",
            initialDelayString = "${chuyi.mail.send-delay:PT30S}")
    void send() {
        jobs.runOnce("notification.send-mail", minimumGap, Duration.ofMinutes(10), dispatch::sendDue);
    }

    @Scheduled(
            cron = "${chuyi.mail.digest-cron:0 0 18 * * *}",
            zone = "Asia/Shanghai") // PortalTime.ZONE; an annotation needs the literal
    void digest() {
        jobs.runOnce(
                "notification.mail-digest", Duration.ofMinutes(30), Duration.ofMinutes(30), dispatch::bundleDigests);
    }
}
