package cn.gov.hunan.chuyi.project.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The execution rate: spent / allocated in per cent, one decimal, half-up; none without an allocation. */
class ExecutionRateTests {

    private static BigDecimal rate(String spent, String allocated) {
        return ExecutionRate.of(
                spent == null ? null : new BigDecimal(spent), allocated == null ? null : new BigDecimal(allocated));
    }

    @Test
    void isSpentOverAllocatedInPerCentWithOneDecimalHalfUp() {
        assertThat(rate("500000.00", "1000000.00")).isEqualByComparingTo("50.0");
        assertThat(rate("1", "3")).isEqualByComparingTo("33.3");
        assertThat(rate("2", "3")).isEqualByComparingTo("66.7");
        // 0.05 % rounds up to 0.1, half-up
        assertThat(rate("5", "10000")).isEqualByComparingTo("0.1");
        assertThat(rate("4.99", "10000")).isEqualByComparingTo("0.0");
        assertThat(rate("1", "3").scale()).isEqualTo(1);
    }

    @Test
    void overspendingShowsAboveAHundredAndNothingSpentIsZero() {
        assertThat(rate("1500", "1000")).isEqualByComparingTo("150.0");
        assertThat(rate("0", "1000")).isEqualByComparingTo("0.0");
        assertThat(rate(null, "1000")).isEqualByComparingTo("0.0");
    }

    @Test
    void thereIsNoRateWhenNothingIsAllocated() {
        assertThat(rate("100", "0")).isNull();
        assertThat(rate("100", "0.00")).isNull();
        assertThat(rate("100", null)).isNull();
        assertThat(FundTotals.none("1").rate()).isNull();
    }

    @Test
    void totalsAddUpAndShowTenThousands() {
        var a = new FundTotals("430100", new BigDecimal("1000000"), new BigDecimal("250000"));
        var b = new FundTotals("430100", new BigDecimal("500000"), null);
        var sum = a.plus(b);
        assertThat(sum.allocated()).isEqualByComparingTo("1500000");
        assertThat(sum.spent()).isEqualByComparingTo("250000");
        assertThat(sum.rate()).isEqualByComparingTo("16.7");
        assertThat(sum.allocatedTenThousands()).isEqualByComparingTo("150.00");
        assertThat(sum.spentTenThousands()).isEqualByComparingTo("25.00");
    }
}
