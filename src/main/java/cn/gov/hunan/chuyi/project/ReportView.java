package cn.gov.hunan.chuyi.project;

import java.time.LocalDateTime;
import java.util.Map;

/** An annual report as pages show it. */
public record ReportView(
        long id,
        long projectId,
        int year,
        ReportStatus status,
        String narrative,
        String reviewComment,
        LocalDateTime submittedAt,
        String reviewedBy,
        Map<Long, ReportValue> values,
        long version,
        boolean editable) {}
