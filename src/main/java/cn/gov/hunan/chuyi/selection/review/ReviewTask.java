package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.selection.round.RoundSetup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An expert's assignment as the expert sees it: the nomination, the criteria and only its own scores. */
public record ReviewTask(
        long assignmentId,
        long nominationId,
        String nominationTitle,
        String organizationName,
        long roundId,
        String roundTitle,
        String status,
        List<RoundSetup.CriterionLine> criteria,
        Map<Long, Score> scores,
        BigDecimal total,
        String conflictReason,
        long version) {

    /** The same task showing scores the expert typed but the portal refused, so nothing typed is lost. */
    ReviewTask withScores(Map<Long, Score> typed) {
        return new ReviewTask(
                assignmentId,
                nominationId,
                nominationTitle,
                organizationName,
                roundId,
                roundTitle,
                status,
                criteria,
                typed,
                total,
                conflictReason,
                version);
    }

    /** Whether the expert may still change the scores (not yet submitted, not withdrawn). */
    public boolean open() {
        return ReviewAssignment.Status.ASSIGNED.name().equals(status);
    }

    /** Whether the expert withdrew for a conflict of interest: the nomination is no longer theirs to read. */
    public boolean withdrawn() {
        return ReviewAssignment.Status.CONFLICT.name().equals(status);
    }
}
