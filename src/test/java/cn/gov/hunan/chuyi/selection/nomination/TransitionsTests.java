package cn.gov.hunan.chuyi.selection.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.IllegalTransitionException;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundMove;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.selection.round.RoundsForTests;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every allowed and every forbidden state change of a nomination, for every role. */
class TransitionsTests {

    private static Nomination nominationIn(NominationStatus status) throws Exception {
        var n = new Nomination(1L, 2L, 1, "430100", false, "t");
        var field = Nomination.class.getDeclaredField("status");
        field.setAccessible(true);
        field.set(n, status);
        return n;
    }

    @ParameterizedTest
    @EnumSource(NominationMove.class)
    void eachMoveIsAllowedOnlyFromItsStatesAndOnlyForItsRole(NominationMove move) throws Exception {
        for (NominationStatus status : NominationStatus.values()) {
            for (Role role : Role.values()) {
                var n = nominationIn(status);
                boolean allowed = move.from.contains(status) && move.role == role;
                if (allowed) {
                    assertThat(n.move(move, role)).isEqualTo(status);
                    assertThat(n.status()).isEqualTo(move.to);
                } else {
                    assertThatThrownBy(() -> n.move(move, role)).isInstanceOf(IllegalTransitionException.class);
                    assertThat(n.status()).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void theCityDecidesOnlyOnSubmittedNominationsAndTheSchoolOnlyEditsDraftsAndReturnedOnes() {
        assertThat(NominationMove.RECOMMEND.from).containsExactly(NominationStatus.SUBMITTED);
        assertThat(NominationMove.RECOMMEND.role).isEqualTo(Role.CITY_OFFICER);
        assertThat(EnumSet.allOf(NominationStatus.class).stream().filter(NominationStatus::editableBySchool))
                .containsExactlyInAnyOrder(NominationStatus.DRAFT, NominationStatus.RETURNED);
    }

    @Test
    void aSubmittedNominationCannotBeEditedBySchool() throws Exception {
        var n = nominationIn(NominationStatus.SUBMITTED);
        assertThatThrownBy(() -> n.edit("x", new NominationContent()))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("selection.nomination.error.readOnly");
    }

    @ParameterizedTest
    @EnumSource(RoundMove.class)
    void roundMovesFollowTheTable(RoundMove move) throws Exception {
        for (RoundStatus status : RoundStatus.values()) {
            var round = RoundsForTests.withCriteria();
            var field = Round.class.getDeclaredField("status");
            field.setAccessible(true);
            field.set(round, status);
            if (move.from.contains(status)) {
                round.move(move, Role.PROVINCE_ADMIN, Instant.now());
                assertThat(round.status()).isEqualTo(move.to);
            } else {
                assertThatThrownBy(() -> round.move(move, Role.PROVINCE_ADMIN, Instant.now()))
                        .isInstanceOf(IllegalTransitionException.class);
            }
            if (move.from.contains(status)) {
                var other = RoundsForTests.withCriteria();
                field.set(other, status);
                assertThatThrownBy(() -> other.move(move, Role.CITY_OFFICER, Instant.now()))
                        .as("a city officer may not move a round")
                        .isInstanceOf(IllegalTransitionException.class);
            }
        }
    }

    @Test
    void aRoundWithoutCriteriaCannotOpen() {
        var round = RoundsForTests.round(List.of());
        assertThatThrownBy(() -> round.move(RoundMove.OPEN_NOMINATIONS, Role.PROVINCE_ADMIN, Instant.now()))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("selection.round.error.noCriteria");
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theSchedulerClosesTheWindowOnlyOnceAndOnlyAfterTheDeadline() throws Exception {
        var round = RoundsForTests.withCriteria();
        round.move(RoundMove.OPEN_NOMINATIONS, Role.PROVINCE_ADMIN, Instant.now());
        var closes = round.toSummary().nominationClosesAt();
        assertThat(round.closeNominationsIfDue(closes.minusSeconds(1))).isFalse();
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.closeNominationsIfDue(closes)).isTrue();
        assertThat(round.status()).isEqualTo(RoundStatus.CITY_REVIEW);
        assertThat(round.closeNominationsIfDue(closes.plusSeconds(60))).as("second run changes nothing").isFalse();
    }

    @Test
    void publicityStartsWhenTheRoundEntersItAndLastsTheConfiguredDays() throws Exception {
        var round = RoundsForTests.withCriteria();
        var field = Round.class.getDeclaredField("status");
        field.setAccessible(true);
        field.set(round, RoundStatus.DECIDED);
        var now = Instant.parse("2026-07-06T01:00:00Z");
        round.move(RoundMove.START_PUBLICITY, Role.PROVINCE_ADMIN, now);
        assertThat(round.toSummary().publicityStartsAt()).isEqualTo(now);
        assertThat(round.toSummary().publicityEndsAt()).isEqualTo(now.plus(Duration.ofDays(7)));
    }
}
