package cn.gov.hunan.chuyi.selection.decision;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The department's decision on a round: which nominations are selected, the reason for every departure
 * from rank order, the tier of each selected one (where used), and the meeting that took it.
 */
public record Decision(
        Set<Long> selected,
        Map<Long, String> departureReasons,
        Map<Long, String> tiers,
        String meeting,
        LocalDate meetingDate,
        String minutesReference) {}
