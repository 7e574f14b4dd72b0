package cn.gov.hunan.chuyi.selection.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of a round, from every state, by every role and by the portal's scheduler (no role). */
class RoundMoveTests {

    /** After every period of a built round has ended. */
    private static final Instant LATER = Rounds.MOVED_AT.plus(Duration.ofDays(60));

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> actors = new ArrayList<>(Arrays.asList(Role.values()));
        actors.add(null);
        for (RoundMove move : RoundMove.values()) {
            for (RoundStatus status : RoundStatus.values()) {
                for (Role role : actors) {
                    all.add(Arguments.of(move, status, role));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeExactlyWhenTheTableAllowsItFromTheStateForTheRole(RoundMove move, RoundStatus status, Role role) {
        Round round = Rounds.in(status);
        boolean allowed = move.from().contains(status)
                && (role == null ? move == RoundMove.CLOSE_NOMINATIONS : role == Role.PROVINCE_ADMIN);
        if (allowed) {
            assertThat(round.move(move, role, LATER)).isEqualTo(status);
            assertThat(round.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> round.move(move, role, LATER))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("selection.round.error.transition");
            assertThat(round.status()).isEqualTo(status);
        }
    }

    @Test
    void theDepartmentMakesEveryMoveAndThePortalOnlyClosesTheWindow() {
        for (RoundMove move : RoundMove.values()) {
            assertThat(move.who()).as(move.name()).containsExactly(Role.PROVINCE_ADMIN);
            assertThat(move.scheduled()).as(move.name()).isEqualTo(move == RoundMove.CLOSE_NOMINATIONS);
        }
    }

    @Test
    void aRoundWithoutCriteriaCannotOpen() {
        var round = Rounds.round(List.of());
        assertThatThrownBy(() -> round.move(RoundMove.OPEN_NOMINATIONS, Role.PROVINCE_ADMIN, Instant.now()))
                .isInstanceOf(RoundRejected.class)
                .hasMessage("selection.round.error.noCriteria");
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theSchedulerClosesTheWindowThroughTheTableOnlyOnceAndOnlyAfterTheDeadline() {
        var round = Rounds.open();
        var closes = round.toSummary().nominationClosesAt();
        assertThat(round.nominationWindowDue(closes.minusSeconds(1))).isFalse();
        assertThat(round.nominationWindowDue(closes)).isTrue();
        assertThat(round.move(RoundMove.CLOSE_NOMINATIONS, null, closes)).isEqualTo(RoundStatus.OPEN);
        assertThat(round.status()).isEqualTo(RoundStatus.CITY_REVIEW);
        assertThat(round.nominationWindowDue(closes.plusSeconds(60)))
                .as("a second run finds nothing due")
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RoundMove.class, names = "CLOSE_NOMINATIONS", mode = EnumSource.Mode.EXCLUDE)
    void theSchedulerMakesNoOtherMove(RoundMove move) {
        for (RoundStatus status : move.from()) {
            assertThatThrownBy(() -> Rounds.in(status).move(move, null, LATER)).isInstanceOf(MoveRejected.class);
        }
    }

    @Test
    void publicityStartsWhenTheRoundEntersItAndLastsTheConfiguredDays() {
        var round = Rounds.in(RoundStatus.DECIDED);
        var now = Instant.parse("2026-07-06T01:00:00Z");
        round.move(RoundMove.START_PUBLICITY, Role.PROVINCE_ADMIN, now);
        assertThat(round.toSummary().publicityStartsAt()).isEqualTo(now);
        assertThat(round.toSummary().publicityEndsAt()).isEqualTo(now.plus(Duration.ofDays(7)));
    }
}
