package cn.gov.hunan.chuyi.audit;

import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a night, on one instance, rows older than the retention period go. */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "chuyi.audit.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class AuditRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditLog log;
    private final AuditSettings settings;
    private final ScheduledJobs jobs;

    AuditRetentionJob(AuditLog log, AuditSettings settings, ScheduledJobs jobs) {
        this.log = log;
        this.settings = settings;
        this.jobs = jobs;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
    void purge() {
        jobs.runOnce("audit.retention", Duration.ofHours(1), Duration.ofHours(1), () -> {
            int removed = log.purge(settings.retentionDays());
            if (removed > 0) {
                LOG.info("audit retention: {} rows older than {} days removed", removed, settings.retentionDays());
            }
        });
    }
}
