package cn.gov.hunan.chuyi.supervision.finding;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An extension request as the item's page shows it. */
public record ExtensionView(
        long id,
        String reason,
        LocalDate proposedDeadline,
        LocalDate previousDeadline,
        ExtensionStatus status,
        String requestedBy,
        LocalDateTime requestedAt,
        String decidedBy,
        LocalDateTime decidedAt,
        String decisionNote,
        long version) {}
