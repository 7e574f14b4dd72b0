package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Reminds deadlines every {@code chuyi.reminders.delay}, on one instance at a time, while {@code chuyi.reminders.enabled}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.reminders.enabled", havingValue = "true")
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final ScheduledJobs jobs;
    private final Duration minimumGap;

    ReminderJob(Reminders reminders, ScheduledJobs jobs, ReminderSettings settings) {
        this.reminders = reminders;
        this.jobs = jobs;
        this.minimumGap = settings.delay().multipliedBy(9).dividedBy(10);
    }

    @Scheduled(fixedDelayString = "${chuyi.reminders.delay:PT15M}", initialDelayString = "PT20S")
    void remind() {
        jobs.runOnce("notification.remind-deadlines", minimumGap, Duration.ofMinutes(10), () -> {
            int reminded = reminders.remindDue();
            if (reminded > 0) {
                LOG.info("reminded {} person(s) of their deadlines", reminded);
            }
        });
    }
}
