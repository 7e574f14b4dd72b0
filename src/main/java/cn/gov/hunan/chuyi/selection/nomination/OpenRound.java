package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import java.util.List;

/**
 * A round a school may file in now: its own nominations there, and whether it may file another (the round's
 * nominations per organisation, and the designations the programme still lets it receive).
 */
public record OpenRound(
        RoundSummary round, List<Long> ownNominationIds, boolean mayFileAnother, boolean blockedByDesignation) {}
