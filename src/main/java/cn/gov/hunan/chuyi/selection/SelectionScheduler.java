package cn.gov.hunan.chuyi.selection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Closes nomination windows at their deadline (every minute; safe to run twice). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.selection.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SelectionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SelectionScheduler.class);

    private final RoundService rounds;

    SelectionScheduler(RoundService rounds) {
        this.rounds = rounds;
    }

    @Scheduled(fixedDelayString = "${chuyi.selection.scheduler.delay:PT1M}", initialDelayString = "PT10S")
    void closeDueNominationWindows() {
        try {
            int closed = rounds.closeDueNominationWindows();
            if (closed > 0) {
                log.info("closed the nomination window of {} round(s)", closed);
            }
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException another) {
            log.info("another instance closed the nomination windows first");
        }
    }
}
