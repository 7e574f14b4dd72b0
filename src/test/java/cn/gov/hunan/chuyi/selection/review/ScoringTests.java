package cn.gov.hunan.chuyi.selection.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.selection.round.Criterion;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.Rounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTests {

    private static List<BigDecimal> totals(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void finalScoreIsThePlainMeanBelowFiveExperts() {
        assertThat(Scoring.finalScore(totals(80, 90, 85, 95))).isEqualByComparingTo("87.50");
        assertThat(Scoring.finalScore(totals(70))).isEqualByComparingTo("70.00");
    }

    @Test
    void fiveOrMoreExpertsDropTheHighestAndTheLowest() {
        assertThat(Scoring.finalScore(totals(60, 80, 82, 84, 99))).isEqualByComparingTo("82.00");
        assertThat(Scoring.finalScore(totals(10, 80, 80, 80, 80, 100))).isEqualByComparingTo("80.00");
    }

    @Test
    void noSubmittedScoreMeansNoFinalScore() {
        assertThat(Scoring.finalScore(List.of())).isNull();
    }

    @Test
    void spreadsAboveTwentyPercentOfTheMaximumAreFlagged() {
        BigDecimal max = BigDecimal.valueOf(100);
        assertThat(Scoring.largeSpread(totals(70, 90), max)).isFalse(); // exactly 20: not above
        assertThat(Scoring.largeSpread(totals(69, 90), max)).isTrue();
        assertThat(Scoring.spread(totals(50))).isEqualByComparingTo("0");
    }

    @Test
    void anExpertsTotalIsTheWeightedSumAndLocksOnSubmission() {
        var round = Rounds.withCriteria();
        setIds(round);
        var review = new ReviewAssignment(1, 2, Instant.now());
        Map<Long, Score> scores = new HashMap<>();
        scores.put(1L, new Score(new BigDecimal("35"), "好"));
        scores.put(2L, new Score(new BigDecimal("50.5"), null));
        review.score(round.criteria(), scores, true, Instant.now());
        assertThat(review.total()).isEqualByComparingTo("85.5");
        assertThat(review.status()).isEqualTo(ReviewAssignment.Status.SUBMITTED);
        assertThatThrownBy(() -> review.score(round.criteria(), scores, true, Instant.now()))
                .hasMessage("selection.review.error.locked");
    }

    @Test
    void aScoreAboveItsCriterionMaximumOrMissingOnSubmissionIsRefused() {
        var round = Rounds.withCriteria();
        setIds(round);
        var review = new ReviewAssignment(1, 2, Instant.now());
        Map<Long, Score> tooHigh =
                Map.of(1L, new Score(new BigDecimal("40.5"), null), 2L, new Score(BigDecimal.ONE, null));
        assertThatThrownBy(() -> review.score(round.criteria(), tooHigh, false, Instant.now()))
                .hasMessage("selection.review.error.range");
        Map<Long, Score> partial = Map.of(1L, new Score(new BigDecimal("30"), null));
        review.score(round.criteria(), partial, false, Instant.now()); // a draft may be partial
        assertThatThrownBy(() -> review.score(round.criteria(), partial, true, Instant.now()))
                .hasMessage("selection.review.error.missing");
        assertThat(review.status()).isEqualTo(ReviewAssignment.Status.ASSIGNED);
    }

    private static void setIds(Round round) {
        long id = 1;
        for (Criterion c : round.criteria()) {
            try {
                var field = Criterion.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(c, id++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
