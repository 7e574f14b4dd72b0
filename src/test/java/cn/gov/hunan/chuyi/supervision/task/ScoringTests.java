package cn.gov.hunan.chuyi.supervision.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The weighted total, the grade, and the figures a city reports. */
class ScoringTests {

    @Test
    void gradesFollowTheThresholds() {
        assertThat(Grade.of(new BigDecimal("85.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(new BigDecimal("84.99"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.FAIL);
    }

    @Test
    void theTotalIsTheWeightedMeanAndTheReportNeedsEveryScore() {
        var a = indicator(1L, "A", "60");
        var b = indicator(2L, "B", "40");
        var task = new InspectionTask(1, "431300", null, null);
        task.score(Role.INSPECTOR, List.of(a, b), Map.of(1L, new IndicatorScore(new BigDecimal("90"), null)));
        assertThatThrownBy(() -> task.report(Role.INSPECTOR, List.of(a, b), "总结", Instant.now()))
                .hasMessage("supervision.task.error.unscored");
        assertThatThrownBy(() -> task.score(
                        Role.INSPECTOR, List.of(a, b), Map.of(2L, new IndicatorScore(new BigDecimal("101"), null))))
                .hasMessage("supervision.task.error.scoreRange");
        task.score(Role.INSPECTOR, List.of(a, b), Map.of(2L, new IndicatorScore(new BigDecimal("70"), null)));
        task.report(Role.INSPECTOR, List.of(a, b), "总结", Instant.now());
        assertThat(task.totalScore()).isEqualByComparingTo("82.00");
        assertThat(task.grade()).isEqualTo(Grade.PASS);
        assertThatThrownBy(() -> task.score(Role.INSPECTOR, List.of(a, b), Map.of()))
                .hasMessage("supervision.task.error.reported");
    }

    @Test
    void aCitysFiguresMustBeSane() {
        var task = new InspectionTask(1, "431300", null, null);
        assertThatThrownBy(() -> task.submitData(Role.CITY_OFFICER, Map.of(1L, new Figures(5, 4, "x", Instant.now()))))
                .hasMessage("supervision.task.error.figures");
        assertThatThrownBy(() -> task.submitData(Role.CITY_OFFICER, Map.of(1L, new Figures(0, 0, "x", Instant.now()))))
                .hasMessage("supervision.task.error.figures");
        task.submitData(Role.CITY_OFFICER, Map.of(1L, new Figures(612, 1180, "loudi", Instant.now())));
        assertThat(task.data().get(1L).percent()).isEqualByComparingTo("51.9");
    }

    private static IndicatorView indicator(long id, String name, String weight) {
        return new IndicatorView(id, name, new BigDecimal(weight), null, null, null, null);
    }
}
