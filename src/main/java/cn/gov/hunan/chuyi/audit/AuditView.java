package cn.gov.hunan.chuyi.audit;

import java.time.LocalDateTime;

/** An audit row as the auditor's page and the CSV show it (time in Asia/Shanghai). */
public record AuditView(
        long id,
        LocalDateTime at,
        String actor,
        String actorIp,
        String action,
        String targetType,
        String targetId,
        String outcome,
        String details) {

    /** Whether the action did not go through (refused, denied, failed): the auditor's page marks the row. */
    public boolean unsuccessful() {
        return !"SUCCESS".equals(outcome);
    }
}
