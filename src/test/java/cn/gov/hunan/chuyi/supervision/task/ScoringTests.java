package cn.gov.hunan.chuyi.supervision.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

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

    /**
     * The task page read 学校报送““双师型”教师占专业课教师比例”: an indicator's name often holds quotes of its own, so the
     * messages that name an indicator never wrap it in more (zh 「“」 nor en 「"」).
     */
    @Test
    void messagesNamingAnIndicatorNeverWrapItsQuotedNameInMoreQuotes() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/supervision");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        String name = "“双师型”教师占专业课教师比例";
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            List<String> said = List.of(
                    messages.getMessage(
                            "supervision.schoolData.sum",
                            new Object[] {name, 3, 40, 80, new BigDecimal("50.0")},
                            locale),
                    messages.getMessage("supervision.task.error.scoreRange", new Object[] {name}, locale),
                    messages.getMessage("supervision.task.error.unscored", new Object[] {name}, locale));
            assertThat(said)
                    .allMatch(text -> text.contains(name), "names the indicator as written")
                    .noneMatch(text ->
                            text.contains("““") || text.contains("””") || text.contains("\"“") || text.contains("”\""));
        }
        assertThat(messages.getMessage(
                        "supervision.schoolData.sum",
                        new Object[] {name, 3, 40, 80, new BigDecimal("50.0")},
                        Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“双师型”教师占专业课教师比例 — 学校报送：3 所学校，合计 40 / 80（50.0%）");
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
