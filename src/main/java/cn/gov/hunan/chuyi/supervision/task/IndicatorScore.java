package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The team lead's score of one indicator (0–100) with a comment. */
@Embeddable
public record IndicatorScore(
        @Column(name = "score") BigDecimal score,
        @Column(name = "comment") String comment) {

    /** A task's total: the scores' mean weighted by the indicators' weights (0–100, two decimals); every indicator scored. */
    static BigDecimal weightedTotal(List<IndicatorView> indicators, Map<Long, IndicatorScore> scores) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorView indicator : indicators) {
            weights = weights.add(indicator.weight());
            sum = sum.add(scores.get(indicator.id()).score().multiply(indicator.weight()));
        }
        return sum.divide(weights, 2, RoundingMode.HALF_UP);
    }
}
