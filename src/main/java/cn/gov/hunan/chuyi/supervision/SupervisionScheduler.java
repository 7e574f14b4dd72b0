package cn.gov.hunan.chuyi.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Flags overdue rectification items (every hour; safe to run twice). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.supervision.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SupervisionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SupervisionScheduler.class);

    private final RectificationService rectification;

    SupervisionScheduler(RectificationService rectification) {
        this.rectification = rectification;
    }

    @Scheduled(fixedDelayString = "${chuyi.supervision.scheduler.delay:PT1H}", initialDelayString = "PT15S")
    void markOverdue() {
        try {
            int marked = rectification.markOverdue();
            if (marked > 0) {
                log.info("marked {} rectification item(s) overdue", marked);
            }
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException another) {
            log.info("another instance marked the overdue items first");
        }
    }
}
