package cn.gov.hunan.chuyi.selection.publicity;

import java.time.LocalDateTime;

/**
 * An objection as the province staff who handle it see it, with the objector's identity (name, telephone, the
 * address it came from); nobody else is given one ({@link ObjectionService#objections}).
 */
public record ObjectionView(
        long id,
        long nominationId,
        String nominationTitle,
        String objectorName,
        String telephone,
        String reason,
        String status,
        String disposition,
        String handledBy,
        LocalDateTime lodgedAt,
        String evidenceName,
        String reference,
        String objectorAddress,
        boolean anonymous,
        boolean mayResolve) {}
