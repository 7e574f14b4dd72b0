package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The completion rate: mean over indicators with a positive target of min(actual / target, 1), one decimal. */
class CompletionRateTests {

    private static ReportValue v(String target, String actual) {
        return new ReportValue(
                target == null ? null : new BigDecimal(target), actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void overAchievementCountsAsDoneAndTheMeanHasOneDecimal() {
        // 6200/5000 → 1; 2/3 → 0.6667; 0/4 → 0: (1 + 0.6667 + 0) / 3 = 55.6 %
        assertThat(CompletionRate.of(Map.of(1L, v("5000", "6200"), 2L, v("3", "2"), 3L, v("4", "0"))))
                .isEqualByComparingTo("55.6");
    }

    @Test
    void indicatorsWithoutAPositiveTargetDoNotCountAndAMissingActualCountsZero() {
        assertThat(CompletionRate.of(Map.of(1L, v("0", "5"), 2L, v(null, "3"), 3L, v("10", "5"), 4L, v("10", null))))
                .isEqualByComparingTo("25.0");
        assertThat(CompletionRate.of(Map.of(1L, v("0", "5")))).isNull();
        assertThat(CompletionRate.of(Map.of())).isNull();
    }

    @Test
    void everyTargetMetIsAHundred() {
        assertThat(CompletionRate.of(Map.of(1L, v("10", "10"), 2L, v("1.5", "2"))))
                .isEqualByComparingTo("100.0");
        assertThat(CompletionRate.of(Map.of(1L, v("10", "10"))).scale()).isEqualTo(1);
    }
}
