package cn.gov.hunan.chuyi.supervision.opinion;

import java.time.LocalDateTime;

/** A self-evaluation as its page shows it. */
public record SelfEvaluationView(
        long id,
        SelfEvaluationStatus status,
        String narrative,
        String updatedBy,
        LocalDateTime updatedAt,
        LocalDateTime submittedAt,
        long version) {}
