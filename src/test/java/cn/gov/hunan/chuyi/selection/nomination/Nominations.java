package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Builds nominations for tests, brought into any state by the moves of their table (never by writing the state),
 * each move made by the role the table names for it.
 */
public final class Nominations {

    public static final long ROUND = 1;
    public static final long ORGANIZATION = 2;
    public static final String CITY = "430100";

    private static final AtomicLong NEXT_ID = new AtomicLong();

    private static final List<NominationMove> TO_REVIEW = List.of(
            NominationMove.SUBMIT, NominationMove.RECOMMEND, NominationMove.MARK_ELIGIBLE, NominationMove.START_REVIEW);

    /** The moves that bring a new nomination into each state. */
    private static final Map<NominationStatus, List<NominationMove>> PATHS = Map.ofEntries(
            Map.entry(NominationStatus.DRAFT, List.of()),
            Map.entry(NominationStatus.SUBMITTED, List.of(NominationMove.SUBMIT)),
            Map.entry(NominationStatus.RETURNED, List.of(NominationMove.SUBMIT, NominationMove.RETURN_TO_SCHOOL)),
            Map.entry(NominationStatus.RECOMMENDED, List.of(NominationMove.SUBMIT, NominationMove.RECOMMEND)),
            Map.entry(NominationStatus.ELIGIBLE, TO_REVIEW.subList(0, 3)),
            Map.entry(
                    NominationStatus.INELIGIBLE,
                    List.of(NominationMove.SUBMIT, NominationMove.RECOMMEND, NominationMove.MARK_INELIGIBLE)),
            Map.entry(NominationStatus.UNDER_REVIEW, TO_REVIEW),
            Map.entry(NominationStatus.SELECTED, then(TO_REVIEW, NominationMove.SELECT)),
            Map.entry(NominationStatus.NOT_SELECTED, then(TO_REVIEW, NominationMove.NOT_SELECT)),
            Map.entry(NominationStatus.DESIGNATED, then(TO_REVIEW, NominationMove.SELECT, NominationMove.DESIGNATE)),
            Map.entry(NominationStatus.REMOVED, then(TO_REVIEW, NominationMove.SELECT, NominationMove.REMOVE)),
            Map.entry(NominationStatus.WITHDRAWN, List.of(NominationMove.WITHDRAW)));

    private Nominations() {}

    /** A nomination of organisation {@value #ORGANIZATION} in city {@value #CITY}, brought into {@code status}. */
    public static Nomination in(NominationStatus status) {
        return in(status, ORGANIZATION, CITY);
    }

    public static Nomination in(NominationStatus status, long organizationId, String cityCode) {
        var nomination = new Nomination(ROUND, organizationId, 1, cityCode, false, "申报书");
        try {
            // the one field a nomination cannot be given outside the database: its id, which its view carries
            var id = Nomination.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(nomination, NEXT_ID.incrementAndGet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (NominationMove move : PATHS.get(status)) {
            nomination.move(move, move.who().iterator().next());
        }
        return nomination;
    }

    public static Nomination draft() {
        return in(NominationStatus.DRAFT);
    }

    public static Nomination submitted() {
        return in(NominationStatus.SUBMITTED);
    }

    public static Nomination underReview() {
        return in(NominationStatus.UNDER_REVIEW);
    }

    private static List<NominationMove> then(List<NominationMove> first, NominationMove... more) {
        return Stream.concat(first.stream(), Arrays.stream(more)).toList();
    }
}
