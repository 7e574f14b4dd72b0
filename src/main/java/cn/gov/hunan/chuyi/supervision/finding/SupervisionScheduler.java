package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Flags overdue rectification items: every hour, on one instance at a time. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.supervision.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SupervisionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SupervisionScheduler.class);

    private final FindingService rectification;
    private final ScheduledJobs jobs;
    /** Nine tenths of the period: every instance's timer fires once a period, the job runs once. */
    private final Duration minimumGap;

    SupervisionScheduler(
            FindingService rectification,
            ScheduledJobs jobs,
            @Value("${chuyi.supervision.scheduler.delay:PT1H}") Duration period) {
        this.rectification = rectification;
        this.jobs = jobs;
        this.minimumGap = period.multipliedBy(9).dividedBy(10);
    }

    @Scheduled(fixedDelayString = "${chuyi.supervision.scheduler.delay:PT1H}", initialDelayString = "PT15S")
    void markOverdue() {
        jobs.runOnce("supervision.mark-overdue", minimumGap, Duration.ofMinutes(30), () -> {
            int marked = rectification.markOverdue();
            if (marked > 0) {
                log.info("marked {} rectification item(s) overdue", marked);
            }
        });
    }
}
