package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Builds rounds for tests: a default set-up with windows relative to now, brought into any state by the moves of its
 * table (never by writing the state), so a round built here is one the portal could hold.
 */
public final class Rounds {

    /** When the built rounds made their moves: long enough ago for every period to have ended. */
    public static final Instant MOVED_AT = Instant.parse("2026-05-01T02:00:00Z");

    /** The moves that bring a new round into each state. */
    private static final Map<RoundStatus, List<RoundMove>> PATHS = Map.of(
            RoundStatus.DRAFT, List.of(),
            RoundStatus.OPEN, List.of(RoundMove.OPEN_NOMINATIONS),
            RoundStatus.CITY_REVIEW, List.of(RoundMove.OPEN_NOMINATIONS, RoundMove.CLOSE_NOMINATIONS),
            RoundStatus.EXPERT_REVIEW,
                    List.of(RoundMove.OPEN_NOMINATIONS, RoundMove.CLOSE_NOMINATIONS, RoundMove.START_EXPERT_REVIEW),
            RoundStatus.DECIDED,
                    List.of(
                            RoundMove.OPEN_NOMINATIONS,
                            RoundMove.CLOSE_NOMINATIONS,
                            RoundMove.START_EXPERT_REVIEW,
                            RoundMove.DECIDE),
            RoundStatus.PUBLICITY,
                    List.of(
                            RoundMove.OPEN_NOMINATIONS,
                            RoundMove.CLOSE_NOMINATIONS,
                            RoundMove.START_EXPERT_REVIEW,
                            RoundMove.DECIDE,
                            RoundMove.START_PUBLICITY),
            RoundStatus.CLOSED,
                    List.of(
                            RoundMove.OPEN_NOMINATIONS,
                            RoundMove.CLOSE_NOMINATIONS,
                            RoundMove.START_EXPERT_REVIEW,
                            RoundMove.DECIDE,
                            RoundMove.START_PUBLICITY,
                            RoundMove.CLOSE_ROUND),
            RoundStatus.CANCELLED, List.of(RoundMove.CANCEL));

    private Rounds() {}

    public static RoundSetup setup(
            String title, int quota, List<RoundSetup.CriterionLine> criteria, Instant opens, Instant closes) {
        return new RoundSetup(
                2026,
                title,
                quota,
                null,
                null,
                opens,
                closes,
                closes.plus(Duration.ofDays(5)),
                closes.plus(Duration.ofDays(20)),
                7,
                3,
                false,
                EnumSet.of(OrganizationKind.HIGHER_VOCATIONAL, OrganizationKind.SECONDARY_VOCATIONAL),
                criteria,
                1,
                true);
    }

    public static List<RoundSetup.CriterionLine> twoCriteria() {
        return List.of(
                new RoundSetup.CriterionLine(null, "基础", new BigDecimal("40"), BigDecimal.ONE),
                new RoundSetup.CriterionLine(null, "成效", new BigDecimal("60"), BigDecimal.ONE));
    }

    /** A draft round with the given criteria, its window open from yesterday for ten days. */
    public static Round round(List<RoundSetup.CriterionLine> criteria) {
        return round(setup(
                "test",
                3,
                criteria,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(10))));
    }

    /** A draft round with the given set-up. */
    public static Round round(RoundSetup setup) {
        var round = new Round("CULTURE_BASE");
        round.setUp(setup);
        try {
            // the one field a round cannot be given outside the database: its id, which its summary carries
            var id = Round.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(round, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return round;
    }

    public static Round withCriteria() {
        return round(twoCriteria());
    }

    /** A round with two criteria brought into {@code status} by its moves, made at {@link #MOVED_AT}. */
    public static Round in(RoundStatus status) {
        Round round = withCriteria();
        Instant at = MOVED_AT;
        for (RoundMove move : PATHS.get(status)) {
            // closing waits for the publicity period to end
            at = move == RoundMove.CLOSE_ROUND ? at.plus(Duration.ofDays(30)) : at;
            round.move(move, Role.PROVINCE_ADMIN, at);
        }
        return round;
    }

    public static Round draft() {
        return in(RoundStatus.DRAFT);
    }

    public static Round open() {
        return in(RoundStatus.OPEN);
    }

    public static Round inPublicity() {
        return in(RoundStatus.PUBLICITY);
    }
}
