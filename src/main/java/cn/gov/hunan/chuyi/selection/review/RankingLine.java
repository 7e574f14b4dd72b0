package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.expert.Expertise;
import cn.gov.hunan.chuyi.selection.nomination.NominationMove;
import java.math.BigDecimal;
import java.util.List;

/** A nomination's place in a round's ranking (排名). */
public record RankingLine(
        int rank,
        long nominationId,
        String title,
        String organizationName,
        String cityCode,
        NominationStatus status,
        List<BigDecimal> totals,
        int assigned,
        BigDecimal finalScore,
        BigDecimal spread,
        boolean largeSpread,
        String tier,
        String departureReason,
        List<Reviewer> reviewers) {

    /** An expert on the nomination, with the fields of expertise that brought them there. */
    public record Reviewer(String name, List<String> fields) {

        public String fieldsText() {
            return Expertise.join(fields);
        }
    }

    /** Whether the decision may select the nomination (the table's SELECT from its state). */
    public boolean mayBeSelected() {
        return NominationMove.SELECT.allowedFrom(status);
    }

    public boolean complete() {
        return assigned > 0 && totals.size() == assigned;
    }
}
