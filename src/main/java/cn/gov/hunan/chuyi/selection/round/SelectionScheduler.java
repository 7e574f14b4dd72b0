package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Closes nomination windows at their deadline: every minute, on one instance at a time. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.selection.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SelectionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SelectionScheduler.class);

    private final RoundService rounds;
    private final ScheduledJobs jobs;
    /** Nine tenths of the period: every instance's timer fires once a period, the job runs once. */
    private final Duration minimumGap;

    SelectionScheduler(
            RoundService rounds,
            ScheduledJobs jobs,
            @Value("${chuyi.selection.scheduler.delay:PT1M}") Duration period) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.minimumGap = period.multipliedBy(9).dividedBy(10);
    }

    @Scheduled(fixedDelayString = "${chuyi.selection.scheduler.delay:PT1M}", initialDelayString = "PT10S")
    void closeDueNominationWindows() {
        jobs.runOnce("selection.close-nomination-windows", minimumGap, Duration.ofMinutes(10), () -> {
            int closed = rounds.closeDueNominationWindows();
            if (closed > 0) {
                log.info("closed the nomination window of {} round(s)", closed);
            }
        });
    }
}
