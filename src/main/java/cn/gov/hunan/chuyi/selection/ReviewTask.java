package cn.gov.hunan.chuyi.selection;

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

    public boolean open() {
        return "ASSIGNED".equals(status);
    }
}
