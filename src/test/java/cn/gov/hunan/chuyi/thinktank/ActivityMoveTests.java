package cn.gov.hunan.chuyi.thinktank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The think-tank activity's table, walked move × state × role through the entity, and its other rules. */
class ActivityMoveTests {

    @ParameterizedTest
    @EnumSource(ActivityMove.class)
    void eachMoveIsMadeOnlyFromItsStatesAndOnlyByItsRoles(ActivityMove move) {
        for (ActivityState state : ActivityState.values()) {
            for (Role role : Role.values()) {
                var activity = Activities.in(state);
                boolean allowed = move.from().contains(state) && move.who().contains(role);
                if (allowed) {
                    activity.cancel(role, "理由");
                    assertThat(activity.state()).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> activity.cancel(role, "理由"))
                            .as("%s from %s by %s", move, state, role)
                            .isInstanceOf(MoveRejected.class)
                            .hasMessage("thinktank.error.cancelled");
                    assertThat(activity.state()).isEqualTo(state);
                }
            }
        }
    }

    @Test
    void aCancellationNeedsItsReasonAndACancelledActivityChangesNoMore() {
        var activity = Activities.recorded();
        assertThatThrownBy(() -> activity.cancel(Role.PROVINCE_ADMIN, " "))
                .isInstanceOf(ActivityRejected.class)
                .hasMessage("thinktank.error.cancelReason");
        assertThat(activity.state()).isEqualTo(ActivityState.RECORDED);
        activity.cancel(Role.SCHOOL_ADMIN, "讲者因故缺席");
        assertThat(activity.cancelled()).isTrue();
        assertThatThrownBy(() -> activity.fill(Activities.lecture(Activities.TODAY), Activities.TODAY))
                .hasMessage("thinktank.error.cancelled");
    }

    @Test
    void attendanceIsAFactOfThePast() {
        var activity = Activities.recorded();
        var form = Activities.lecture(Activities.TODAY.plusDays(1));
        form.setAttendance(120);
        assertThatThrownBy(() -> activity.fill(form, Activities.TODAY)).hasMessage("thinktank.error.attendanceFuture");
        form.setHeldOn(Activities.TODAY);
        activity.fill(form, Activities.TODAY);
        assertThat(activity.toForm().getAttendance()).isEqualTo(120);
    }

    @Test
    void filesAndHistoryAreForSignedInBusinessUsersOnly() {
        assertThat(ThinkTankService.mayReadFiles(null)).isFalse();
        assertThat(ThinkTankService.mayReadFiles(user(Role.AUDITOR))).isFalse();
        assertThat(ThinkTankService.mayReadFiles(user(Role.EXPERT))).isTrue();
    }

    private static PortalUser user(Role role) {
        return new PortalUser(1L, "u", "u", "", true, Set.of(role), null, null);
    }
}
