package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rectification state machine, the overdue rule, the weighted total and the grade. */
class RectificationTests {

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static Finding finding() {
        return new Finding(1, "类别", Severity.SERIOUS, "描述", "431300", null, DEADLINE, "inspector1", Instant.now());
    }

    @Test
    void anAnswerThenAcceptanceClosesTheItem() {
        var f = finding();
        assertThat(f.answer("已整改", Instant.now())).isEqualTo(FindingStatus.OPEN);
        assertThat(f.status()).isEqualTo(FindingStatus.ANSWERED);
        assertThat(f.review(true, null, DEADLINE)).isEqualTo(FindingStatus.ANSWERED);
        assertThat(f.status()).isEqualTo(FindingStatus.CLOSED);
        assertThatThrownBy(() -> f.answer("again", Instant.now())).hasMessage("supervision.finding.error.state");
    }

    @Test
    void aRejectionNeedsACommentAndSendsTheItemBack() {
        var f = finding();
        f.answer("已整改", Instant.now());
        assertThatThrownBy(() -> f.review(false, " ", DEADLINE)).hasMessage("supervision.finding.error.comment");
        f.review(false, "材料不全", DEADLINE);
        assertThat(f.status()).isEqualTo(FindingStatus.REJECTED);
        f.answer("补充材料", Instant.now());
        assertThat(f.status()).isEqualTo(FindingStatus.ANSWERED);
    }

    @Test
    void onlyAnAnsweredItemCanBeVerifiedAndAnAnswerNeedsWords() {
        var f = finding();
        assertThatThrownBy(() -> f.review(true, null, DEADLINE)).hasMessage("supervision.finding.error.state");
        assertThatThrownBy(() -> f.answer("", Instant.now())).hasMessage("supervision.finding.error.answer");
    }

    @Test
    void anItemIsOverdueOnlyAfterItsDeadlineWithoutAnAnswerAndOnlyOnce() {
        var f = finding();
        assertThat(f.markOverdueIfDue(DEADLINE)).as("on the deadline day").isFalse();
        assertThat(f.markOverdueIfDue(DEADLINE.plusDays(1))).isTrue();
        assertThat(f.overdue()).isTrue();
        assertThat(f.markOverdueIfDue(DEADLINE.plusDays(2))).as("second run").isFalse();
        f.answer("已整改", Instant.now());
        assertThat(f.overdue()).as("an answer clears the flag").isFalse();
        assertThat(f.markOverdueIfDue(DEADLINE.plusDays(3))).as("answered items are not overdue").isFalse();
    }

    @Test
    void gradesFollowTheThresholds() {
        assertThat(Grade.of(new BigDecimal("85.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(new BigDecimal("84.99"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.FAIL);
    }

    @Test
    void theTotalIsTheWeightedMeanAndTheReportNeedsEveryScore() throws Exception {
        var a = indicator(1L, "A", "60");
        var b = indicator(2L, "B", "40");
        var task = new InspectionTask(1, "431300", null, null);
        task.score(List.of(a, b), Map.of(1L, new IndicatorScore(new BigDecimal("90"), null)));
        assertThatThrownBy(() -> task.report(List.of(a, b), "总结", Instant.now())).hasMessage("supervision.task.error.unscored");
        assertThatThrownBy(() -> task.score(List.of(a, b), Map.of(2L, new IndicatorScore(new BigDecimal("101"), null))))
                .hasMessage("supervision.task.error.scoreRange");
        task.score(List.of(a, b), Map.of(2L, new IndicatorScore(new BigDecimal("70"), null)));
        task.report(List.of(a, b), "总结", Instant.now());
        assertThat(task.totalScore()).isEqualByComparingTo("82.00");
        assertThat(task.grade()).isEqualTo(Grade.PASS);
        assertThatThrownBy(() -> task.score(List.of(a, b), Map.of())).hasMessage("supervision.task.error.reported");
    }

    @Test
    void aCitysFiguresMustBeSane() {
        var task = new InspectionTask(1, "431300", null, null);
        assertThatThrownBy(() -> task.submitData(Map.of(1L, new Figures(5, 4, "x", Instant.now()))))
                .hasMessage("supervision.task.error.figures");
        assertThatThrownBy(() -> task.submitData(Map.of(1L, new Figures(0, 0, "x", Instant.now()))))
                .hasMessage("supervision.task.error.figures");
        task.submitData(Map.of(1L, new Figures(612, 1180, "loudi", Instant.now())));
        assertThat(task.data().get(1L).percent()).isEqualByComparingTo("51.9");
    }

    private static Indicator indicator(long id, String name, String weight) throws Exception {
        var indicator = new Indicator(new IndicatorView(null, name, new BigDecimal(weight), null, null, null, null), 1);
        var field = Indicator.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(indicator, id);
        return indicator;
    }
}
