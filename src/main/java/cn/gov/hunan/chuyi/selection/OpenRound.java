package cn.gov.hunan.chuyi.selection;

/** A round a school may file in now, and its own nomination there if it has one. */
public record OpenRound(RoundSummary round, Long ownNominationId, boolean blockedByDesignation) {}
