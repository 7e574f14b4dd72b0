package cn.gov.hunan.chuyi.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a night, rows older than the retention period go; running it twice, or on two instances, is harmless. */
@Component
@org.springframework.scheduling.annotation.EnableScheduling
@ConditionalOnProperty(name = "chuyi.audit.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class AuditRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditLog log;
    private final AuditSettings settings;

    AuditRetentionJob(AuditLog log, AuditSettings settings) {
        this.log = log;
        this.settings = settings;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
    void purge() {
        int removed = log.purge(settings.retentionDays());
        if (removed > 0) {
            LOG.info("audit retention: {} rows older than {} days removed", removed, settings.retentionDays());
        }
    }
}
