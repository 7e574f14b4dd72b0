package cn.gov.hunan.chuyi.project;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A report's completion rate (完成率) against its targets: the mean, over the indicators with a positive target, of
 * min(actual / target, 1), as a percentage with one decimal (an indicator without an actual counts 0). No indicator
 * with a positive target: no rate (null).
 */
public final class CompletionRate {

    private CompletionRate() {}

    public static BigDecimal of(Map<Long, ReportValue> values) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (ReportValue v : values.values()) {
            if (v.target() == null || v.target().signum() <= 0) {
                continue;
            }
            counted++;
            sum = sum.add(ratio(v));
        }
        if (counted == 0) {
            return null;
        }
        return sum.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(counted), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** One indicator's share done: min(actual / target, 1), 0 without an actual. */
    public static BigDecimal ratio(ReportValue v) {
        if (v.actual() == null || v.target() == null || v.target().signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return v.actual().divide(v.target(), MathContext.DECIMAL64).min(BigDecimal.ONE);
    }
}
