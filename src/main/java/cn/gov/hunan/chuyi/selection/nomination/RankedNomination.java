package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.NominationStatus;

/**
 * What the ranking shows of a nomination ({@link NominationRepository#findRanked}): a round's ranking lists every
 * reviewed nomination, two hundred at ten times the province, and reads these columns rather than whole nominations
 * with their texts.
 */
public record RankedNomination(
        long id,
        long organizationId,
        String cityCode,
        NominationStatus status,
        String title,
        String tier,
        String departureReason) {}
