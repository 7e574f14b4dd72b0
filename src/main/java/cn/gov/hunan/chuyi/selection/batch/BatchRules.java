package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.nomination.CityLimit;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the selected nominations a batch changes, and why it leaves the others: the same rules as one
 * nomination's buttons (the move table, the city's own nominations, the round's windows, the city's limit), read
 * without the database so that they are tested alone. The first reason that applies is the one reported.
 */
final class BatchRules {

    /** What the rules need to know about one selected nomination. */
    record Facts(
            long id,
            String title,
            String organizationName,
            NominationStatus status,
            boolean visible,
            boolean ownCity,
            long roundId,
            String cityCode,
            RoundFacts round) {}

    /** The nomination's round: its state, whether the city may still act, the city's limit (null: none). */
    record RoundFacts(RoundStatus status, boolean cityActionsOpen, Integer cityLimit) {}

    private BatchRules() {}

    /**
     * The plan for {@code action} over {@code selected}; {@code counted} holds the places each city already uses in
     * each round ({@link #cityKey}), so recommending stops at the city's limit within the batch too.
     */
    static BatchPlan plan(BatchAction action, String reason, List<Facts> selected, Map<String, Long> counted) {
        Map<String, Long> used = new HashMap<>(counted);
        List<BatchPlan.Line> changes = new ArrayList<>();
        List<BatchPlan.Skip> skipped = new ArrayList<>();
        for (Facts n : selected) {
            String refusal = refusal(action, n, used);
            if (refusal == null) {
                changes.add(new BatchPlan.Line(n.id(), n.title(), n.organizationName(), n.status()));
            } else {
                skipped.add(new BatchPlan.Skip(
                        n.id(),
                        n.visible() ? n.title() : null,
                        n.visible() ? n.status() : null,
                        refusal,
                        n.round() == null ? null : n.round().cityLimit()));
            }
        }
        return new BatchPlan(action, reason, changes, skipped);
    }

    /** Why {@code action} leaves {@code n} as it is, or null when it changes it. */
    private static String refusal(BatchAction action, Facts n, Map<String, Long> used) {
        if (!n.visible()) {
            return "selection.batch.skip.notFound";
        }
        boolean cityAction = action == BatchAction.RECOMMEND || action == BatchAction.RETURN_TO_SCHOOL;
        if (cityAction && !n.ownCity()) {
            return "selection.batch.skip.notOwnCity";
        }
        boolean stateAllows = action == BatchAction.ASSIGN_EXPERTS
                ? action.move().allowedFrom(n.status()) || n.status() == NominationStatus.UNDER_REVIEW
                : action.move().allowedFrom(n.status());
        if (!stateAllows) {
            return "selection.batch.skip.state";
        }
        switch (action) {
            case MARK_ELIGIBLE, MARK_INELIGIBLE -> {
                if (!n.round().status().acceptsEligibilityChecks()) {
                    return "selection.batch.skip.notNow";
                }
            }
            case RECOMMEND, RETURN_TO_SCHOOL -> {
                if (!n.round().cityActionsOpen()) {
                    return "selection.batch.skip.cityDeadline";
                }
            }
            case ASSIGN_EXPERTS -> {
                if (!n.round().status().inExpertReview()) {
                    return "selection.batch.skip.notInReview";
                }
            }
        }
        if (action == BatchAction.RECOMMEND) {
            String key = cityKey(n.roundId(), n.cityCode());
            long places = used.getOrDefault(key, 0L);
            if (!CityLimit.allowsAnother(n.round().cityLimit(), places)) {
                return "selection.batch.skip.cityLimit";
            }
            used.put(key, places + 1);
        }
        return null;
    }

    static String cityKey(long roundId, String cityCode) {
        return roundId + ":" + cityCode;
    }
}
