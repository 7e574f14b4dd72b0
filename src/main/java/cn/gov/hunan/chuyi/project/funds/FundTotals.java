package cn.gov.hunan.chuyi.project.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money allocated and spent (filed or accepted reports only) for one project, programme, city or year, in yuan.
 *
 * @param key what the totals are of: a project id, a programme code, a city code or a year
 */
public record FundTotals(String key, BigDecimal allocated, BigDecimal spent) {

    public FundTotals {
        allocated = allocated == null ? BigDecimal.ZERO : allocated;
        spent = spent == null ? BigDecimal.ZERO : spent;
    }

    /** The execution rate in per cent (one decimal), or null when nothing is allocated. */
    public BigDecimal rate() {
        return ExecutionRate.of(spent, allocated);
    }

    /** Allocated in 万元 (ten thousand yuan), two decimals, as charts show it. */
    public BigDecimal allocatedTenThousands() {
        return allocated.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** Spent in 万元 (ten thousand yuan), two decimals. */
    public BigDecimal spentTenThousands() {
        return spent.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    FundTotals plus(FundTotals other) {
        return new FundTotals(key, allocated.add(other.allocated), spent.add(other.spent));
    }

    static FundTotals none(String key) {
        return new FundTotals(key, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
