package cn.gov.hunan.chuyi.selection.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of a nomination, from every state, by every role and by the portal's scheduler (no role). */
class NominationMoveTests {

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> actors = new ArrayList<>(Arrays.asList(Role.values()));
        actors.add(null);
        for (NominationMove move : NominationMove.values()) {
            for (NominationStatus status : NominationStatus.values()) {
                for (Role role : actors) {
                    all.add(Arguments.of(move, status, role));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeExactlyWhenTheTableAllowsItFromTheStateForTheRole(
            NominationMove move, NominationStatus status, Role role) {
        var n = Nominations.in(status);
        if (move.from().contains(status) && role != null && move.who().contains(role)) {
            assertThat(n.move(move, role)).isEqualTo(status);
            assertThat(n.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> n.move(move, role))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("selection.nomination.error.transition");
            assertThat(n.status()).isEqualTo(status);
        }
    }

    @Test
    void eachMoveHasOneRoleAndThePortalMakesNone() {
        for (NominationMove move : NominationMove.values()) {
            assertThat(move.who()).as(move.name()).hasSize(1);
            assertThat(move.scheduled()).as(move.name()).isFalse();
        }
    }

    @Test
    void theCityDecidesOnlyOnSubmittedNominationsAndTheSchoolOnlyEditsDraftsAndReturnedOnes() {
        assertThat(NominationMove.RECOMMEND.from()).containsExactly(NominationStatus.SUBMITTED);
        assertThat(NominationMove.RECOMMEND.who()).containsExactly(Role.CITY_OFFICER);
        assertThat(EnumSet.allOf(NominationStatus.class).stream().filter(NominationStatus::editableBySchool))
                .containsExactlyInAnyOrder(NominationStatus.DRAFT, NominationStatus.RETURNED);
    }

    @Test
    void aSubmittedNominationCannotBeEditedBySchool() {
        var n = Nominations.submitted();
        assertThatThrownBy(() -> n.edit("x", new NominationContent()))
                .isInstanceOf(NominationRejected.class)
                .hasMessage("selection.nomination.error.readOnly");
    }
}
