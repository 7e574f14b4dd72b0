package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of a reset request's life ({@link ResetMove}), walked whole: every move from every state by every role,
 * made on the request itself. A move is made exactly when the table allows it; otherwise it is refused with the
 * table's key and the request keeps its state. The page offers a decision or a collection exactly then too.
 */
class ResetMoveTests {

    /** The actor: one role, and never the requester (the two-person rule is ResetRulesTests'). */
    private static PortalUser actingAs(Role role) {
        return Users.signedIn(7, role);
    }

    static Stream<Arguments> everyMoveStateAndRole() {
        return Stream.of(ResetMove.values())
                .flatMap(move -> Stream.of(ResetRequest.Status.values())
                        .flatMap(state -> Stream.of(Role.values()).map(role -> Arguments.of(move, state, role))));
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeExactlyWhenTheTableAllowsItFromTheStateForTheRole(
            ResetMove move, ResetRequest.Status state, Role role) {
        ResetRequest.Kind kind =
                move == ResetMove.RESET_SECOND_FACTOR ? ResetRequest.Kind.SECOND_FACTOR : ResetRequest.Kind.PASSWORD;
        ResetRequest request = ResetRequests.in(state, kind);
        PortalUser actor = actingAs(role);
        boolean allowed = move.from().contains(state) && move.who().contains(role);
        Runnable making = () -> {
            switch (move) {
                case APPROVE -> request.approve(actor, ResetRequests.SOON);
                case REFUSE -> request.refuse(actor, "why", ResetRequests.SOON);
                case COLLECT_PASSWORD, RESET_SECOND_FACTOR -> request.carryOut(actor, ResetRequests.SOON);
            }
        };
        if (allowed) {
            making.run();
            assertThat(request.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(making::run).isInstanceOfSatisfying(MoveRejected.class, refused -> {
                assertThat(refused.messageKey()).isEqualTo("account.reset.error.state");
                assertThat(refused.arguments()).containsExactly(state, move.to());
            });
            assertThat(request.status()).isEqualTo(state);
        }
        assertThat(move.allowedFrom(state) && move.mayBeMadeBy(actor)).isEqualTo(allowed);
    }

    @Test
    void theTable() {
        assertThat(ResetMove.APPROVE.from()).containsExactly(ResetRequest.Status.PENDING);
        assertThat(ResetMove.REFUSE.from()).containsExactly(ResetRequest.Status.PENDING);
        assertThat(ResetMove.COLLECT_PASSWORD.from()).containsExactly(ResetRequest.Status.APPROVED);
        assertThat(ResetMove.RESET_SECOND_FACTOR.from()).containsExactly(ResetRequest.Status.APPROVED);
        assertThat(ResetMove.APPROVE.who()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(ResetMove.REFUSE.who()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(ResetMove.COLLECT_PASSWORD.who())
                .as("the requester collects")
                .containsExactly(Role.SYSTEM_ADMIN);
        assertThat(ResetMove.RESET_SECOND_FACTOR.who())
                .as("carried out at approval")
                .containsExactly(Role.SECURITY_ADMIN);
        assertThat(EnumSet.allOf(ResetMove.class)).noneMatch(ResetMove::scheduled);
        assertThat(ResetMove.carryingOut(ResetRequest.Kind.PASSWORD)).isEqualTo(ResetMove.COLLECT_PASSWORD);
        assertThat(ResetMove.carryingOut(ResetRequest.Kind.SECOND_FACTOR)).isEqualTo(ResetMove.RESET_SECOND_FACTOR);
    }

    @Test
    void aPasswordResetIsNotCarriedOutByTheSecondFactorsMoveNorTheOtherWayRound() {
        assertThatThrownBy(() -> ResetRequests.in(ResetRequest.Status.APPROVED, ResetRequest.Kind.PASSWORD)
                        .carryOut(Users.securityAdmin(), ResetRequests.SOON))
                .isInstanceOf(MoveRejected.class);
        assertThatThrownBy(() -> ResetRequests.in(ResetRequest.Status.APPROVED, ResetRequest.Kind.SECOND_FACTOR)
                        .carryOut(Users.systemAdmin(), ResetRequests.SOON))
                .isInstanceOf(MoveRejected.class);
    }

    @Test
    void noRoleOfTheUserInTheTableIsARefusalToo() {
        var nobody = new PortalUser(8, "nobody", "Nobody", null, true, EnumSet.noneOf(Role.class), null, null);
        assertThatThrownBy(
                        () -> ResetRequests.pending(ResetRequest.Kind.PASSWORD).approve(nobody, ResetRequests.SOON))
                .isInstanceOf(MoveRejected.class);
    }
}
