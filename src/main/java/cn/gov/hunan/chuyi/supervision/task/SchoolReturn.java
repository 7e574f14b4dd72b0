package cn.gov.hunan.chuyi.supervision.task;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The schools' figures of a task for one indicator: each school's line and their sum, shown beside the
 * city's own figures.
 */
public record SchoolReturn(long indicatorId, List<Line> lines, int numerator, int denominator) {

    /** One school's figures. */
    public record Line(
            long organizationId, String organizationName, int numerator, int denominator, BigDecimal percent) {}

    public BigDecimal percent() {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
