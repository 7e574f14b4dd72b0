package cn.gov.hunan.chuyi.selection.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring rules of product.md §4: the final score is the mean of the experts' totals, trimmed (the
 * highest and the lowest dropped) when five or more experts scored; a spread between experts larger than
 * a share of the best possible total is flagged for the decision meeting.
 */
final class Scoring {

    static final int TRIM_FROM = 5;
    /** Spreads above 20 % of the maximum total are flagged. */
    static final BigDecimal SPREAD_SHARE = new BigDecimal("0.20");

    private Scoring() {}

    /** The final score, or null when no expert has submitted yet. */
    static BigDecimal finalScore(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        List<BigDecimal> counted = new ArrayList<>(totals);
        counted.sort(BigDecimal::compareTo);
        if (counted.size() >= TRIM_FROM) {
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal spread(List<BigDecimal> totals) {
        if (totals.size() < 2) {
            return BigDecimal.ZERO;
        }
        return totals.stream()
                .max(BigDecimal::compareTo)
                .orElseThrow()
                .subtract(totals.stream().min(BigDecimal::compareTo).orElseThrow());
    }

    static boolean largeSpread(List<BigDecimal> totals, BigDecimal maxTotal) {
        return spread(totals).compareTo(maxTotal.multiply(SPREAD_SHARE)) > 0;
    }
}
