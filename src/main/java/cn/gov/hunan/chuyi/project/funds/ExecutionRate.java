package cn.gov.hunan.chuyi.project.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The execution rate (资金执行率): spent / allocated in per cent, one decimal, half-up; none when nothing is allocated. */
public final class ExecutionRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExecutionRate() {}

    /** The rate in per cent, or null when nothing (or a non-positive amount) is allocated. */
    public static BigDecimal of(BigDecimal spent, BigDecimal allocated) {
        if (allocated == null || allocated.signum() <= 0) {
            return null;
        }
        BigDecimal used = spent == null ? BigDecimal.ZERO : spent;
        return used.multiply(HUNDRED).divide(allocated, 1, RoundingMode.HALF_UP);
    }
}
