package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.organization.OrganizationKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Builds rounds for tests: a default set-up, windows relative to now. */
public final class RoundsForTests {

    private RoundsForTests() {}

    static RoundSetup setup(String title, int quota, List<RoundSetup.CriterionLine> criteria, Instant opens,
            Instant closes) {
        return new RoundSetup(2026, title, quota, null, null, opens, closes, closes.plus(Duration.ofDays(5)),
                closes.plus(Duration.ofDays(20)), 7, 3, false,
                EnumSet.of(OrganizationKind.HIGHER_VOCATIONAL, OrganizationKind.SECONDARY_VOCATIONAL), criteria, 1);
    }

    static List<RoundSetup.CriterionLine> twoCriteria() {
        return List.of(
                new RoundSetup.CriterionLine(null, "基础", new BigDecimal("40"), BigDecimal.ONE),
                new RoundSetup.CriterionLine(null, "成效", new BigDecimal("60"), BigDecimal.ONE));
    }

    public static Round round(List<RoundSetup.CriterionLine> criteria) {
        var round = new Round("CULTURE_BASE");
        Instant now = Instant.now();
        round.setUp(setup("test", 3, criteria, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10))));
        try {
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
}
