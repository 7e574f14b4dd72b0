package cn.gov.hunan.chuyi.selection;

import java.time.LocalDateTime;

/** An objection as the staff who handle it see it (the objector's identity is shown to nobody else). */
public record ObjectionView(
        long id,
        long nominationId,
        String nominationTitle,
        String objectorName,
        String contact,
        String reason,
        String status,
        String disposition,
        String handledBy,
        LocalDateTime lodgedAt,
        String evidenceName) {}
