package cn.gov.hunan.chuyi.selection.deadline;

import java.util.List;

/**
 * The pages the selection reminders open, which are also the records the reminder ledger counts them by: the round's
 * page counts "已催办 N 次" over {@link #ofRound} in one query.
 */
public final class DeadlineLinks {

    private DeadlineLinks() {}

    /** A school's draft, where it completes and submits it before the window closes. */
    public static String nomination(long nominationId) {
        return "/nominations/" + nominationId;
    }

    /** The city officer's list of the round's submitted nominations, which they recommend or return. */
    public static String cityRecommendation(long roundId) {
        return "/nominations?round=" + roundId + "&status=SUBMITTED";
    }

    /**
     * The expert's list of score sheets. That list does not filter by round; the round in the link keeps two rounds'
     * deadlines (and their counts) apart.
     */
    public static String expertReview(long roundId) {
        return "/reviews?round=" + roundId;
    }

    /** The round's page, where the province closes the round or handles the objections. */
    public static String publicityEnd(long roundId) {
        return "/rounds/" + roundId;
    }

    /** The round-wide reminders' links (the schools' drafts are counted on their own pages). */
    public static List<String> ofRound(long roundId) {
        return List.of(cityRecommendation(roundId), expertReview(roundId), publicityEnd(roundId));
    }
}
