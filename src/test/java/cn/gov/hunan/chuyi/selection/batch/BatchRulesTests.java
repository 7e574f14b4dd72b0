package cn.gov.hunan.chuyi.selection.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which selected nominations a batch changes, and the reason it gives for each one it leaves. */
class BatchRulesTests {

    private static final BatchRules.RoundFacts CITY_REVIEW =
            new BatchRules.RoundFacts(RoundStatus.CITY_REVIEW, true, null);
    private static final BatchRules.RoundFacts IN_REVIEW =
            new BatchRules.RoundFacts(RoundStatus.EXPERT_REVIEW, false, null);

    private static BatchRules.Facts facts(long id, NominationStatus status, BatchRules.RoundFacts round) {
        return new BatchRules.Facts(id, "申报" + id, "学校", status, true, true, 1, "430100", round);
    }

    private static Map<Long, String> reasons(BatchPlan plan) {
        return plan.skipped().stream().collect(Collectors.toMap(BatchPlan.Skip::id, BatchPlan.Skip::reasonKey));
    }

    private static List<Long> changed(BatchPlan plan) {
        return plan.changes().stream().map(BatchPlan.Line::id).toList();
    }

    @Test
    void eligibilityChangesTheRecommendedAndNamesTheStateOfTheOthers() {
        var plan = BatchRules.plan(
                BatchAction.MARK_ELIGIBLE,
                null,
                List.of(
                        facts(1, NominationStatus.RECOMMENDED, CITY_REVIEW),
                        facts(2, NominationStatus.INELIGIBLE, CITY_REVIEW),
                        facts(3, NominationStatus.SUBMITTED, CITY_REVIEW),
                        facts(4, NominationStatus.UNDER_REVIEW, IN_REVIEW)),
                Map.of());
        assertThat(changed(plan)).containsExactly(1L, 2L);
        assertThat(reasons(plan))
                .containsEntry(3L, "selection.batch.skip.state")
                .containsEntry(4L, "selection.batch.skip.state");
        assertThat(plan.skipped().get(0).status()).isEqualTo(NominationStatus.SUBMITTED);
    }

    @Test
    void eligibilityWaitsForTheRoundsCheckStage() {
        var open = new BatchRules.RoundFacts(RoundStatus.OPEN, true, null);
        var plan = BatchRules.plan(
                BatchAction.MARK_INELIGIBLE, "材料不全", List.of(facts(1, NominationStatus.RECOMMENDED, open)), Map.of());
        assertThat(reasons(plan)).containsEntry(1L, "selection.batch.skip.notNow");
        assertThat(plan.reason()).isEqualTo("材料不全");
    }

    @Test
    void aNominationTheViewerMayNotSeeIsNamedOnlyByItsNumber() {
        var hidden = new BatchRules.Facts(9, null, null, null, false, false, 0, null, null);
        var plan = BatchRules.plan(BatchAction.MARK_ELIGIBLE, null, List.of(hidden), Map.of());
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reasonKey()).isEqualTo("selection.batch.skip.notFound");
            assertThat(s.title()).isNull();
            assertThat(s.status()).isNull();
        });
        assertThat(plan.mayApply()).isFalse();
    }

    @Test
    void theCityActsOnlyOnItsOwnNominationsBeforeItsDeadline() {
        var otherCity =
                new BatchRules.Facts(2, "外市", "学校", NominationStatus.SUBMITTED, true, false, 1, "430200", CITY_REVIEW);
        var late = new BatchRules.RoundFacts(RoundStatus.CITY_REVIEW, false, null);
        for (BatchAction action : Arrays.asList(BatchAction.RECOMMEND, BatchAction.RETURN_TO_SCHOOL)) {
            var plan = BatchRules.plan(
                    action,
                    "理由",
                    List.of(
                            facts(1, NominationStatus.SUBMITTED, CITY_REVIEW),
                            otherCity,
                            facts(3, NominationStatus.SUBMITTED, late),
                            facts(4, NominationStatus.RECOMMENDED, CITY_REVIEW)),
                    Map.of());
            assertThat(changed(plan)).as(action.name()).containsExactly(1L);
            assertThat(reasons(plan))
                    .as(action.name())
                    .containsEntry(2L, "selection.batch.skip.notOwnCity")
                    .containsEntry(3L, "selection.batch.skip.cityDeadline")
                    .containsEntry(4L, "selection.batch.skip.state");
        }
    }

    @Test
    void recommendingStopsAtTheCitysLimitCountingTheBatchItself() {
        var limited = new BatchRules.RoundFacts(RoundStatus.CITY_REVIEW, true, 3);
        var plan = BatchRules.plan(
                BatchAction.RECOMMEND,
                null,
                List.of(
                        facts(1, NominationStatus.SUBMITTED, limited),
                        facts(2, NominationStatus.SUBMITTED, limited),
                        facts(3, NominationStatus.SUBMITTED, limited)),
                Map.of(BatchRules.cityKey(1, "430100"), 1L));
        assertThat(changed(plan)).containsExactly(1L, 2L);
        assertThat(plan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reasonKey()).isEqualTo("selection.batch.skip.cityLimit");
            assertThat(s.limit()).isEqualTo(3);
        });
    }

    @Test
    void expertsAreAssignedToEligibleAndInReviewNominationsOfARoundInReview() {
        var plan = BatchRules.plan(
                BatchAction.ASSIGN_EXPERTS,
                null,
                List.of(
                        facts(1, NominationStatus.ELIGIBLE, IN_REVIEW),
                        facts(2, NominationStatus.UNDER_REVIEW, IN_REVIEW),
                        facts(3, NominationStatus.INELIGIBLE, IN_REVIEW),
                        facts(4, NominationStatus.ELIGIBLE, CITY_REVIEW)),
                Map.of());
        assertThat(changed(plan)).containsExactly(1L, 2L);
        assertThat(reasons(plan))
                .containsEntry(3L, "selection.batch.skip.state")
                .containsEntry(4L, "selection.batch.skip.notInReview");
    }

    @Test
    void everyActionMovesThroughTheNominationTableWithItsRole() {
        for (BatchAction action : BatchAction.values()) {
            assertThat(action.move().who()).contains(action.role());
        }
        assertThat(BatchAction.MARK_INELIGIBLE.needsReason()).isTrue();
        assertThat(BatchAction.RETURN_TO_SCHOOL.needsReason()).isTrue();
        assertThat(BatchAction.RECOMMEND.needsReason()).isFalse();
    }
}
