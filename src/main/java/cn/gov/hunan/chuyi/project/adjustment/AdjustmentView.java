package cn.gov.hunan.chuyi.project.adjustment;

import java.time.LocalDate;

/** An adjustment as the project's page shows it (with the internal reason). */
public record AdjustmentView(
        long id,
        long projectId,
        AdjustmentKind kind,
        String fromTier,
        String toTier,
        String meetingName,
        LocalDate meetingDate,
        String reason,
        String decidedBy) {}
