package cn.gov.hunan.chuyi.selection.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of an objection, from every state, by every role and by the portal's scheduler (no role). */
class ObjectionMoveTests {

    private static final Instant AT = Instant.parse("2026-05-03T02:00:00Z");

    /** An objection brought into {@code status} by the move that leads there. */
    static Objection in(ObjectionStatus status) {
        var objection = new Objection(1, 2, null, "张三", "13812345678", "材料不实", "10.0.0.1", "YY-ABCD-2345", AT);
        for (ObjectionMove move : ObjectionMove.values()) {
            if (move.to() == status) {
                objection.resolve(move, Role.PROVINCE_ADMIN, "经核实", "admin", AT);
            }
        }
        return objection;
    }

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> actors = new ArrayList<>(Arrays.asList(Role.values()));
        actors.add(null);
        for (ObjectionMove move : ObjectionMove.values()) {
            for (ObjectionStatus status : ObjectionStatus.values()) {
                for (Role role : actors) {
                    all.add(Arguments.of(move, status, role));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("everyMoveStateAndRole")
    void anObjectionIsDecidedOnceAndOnlyByProvinceStaff(ObjectionMove move, ObjectionStatus status, Role role) {
        var objection = in(status);
        if (status == ObjectionStatus.OPEN && role == Role.PROVINCE_ADMIN) {
            objection.resolve(move, role, "经核实", "admin", AT);
            assertThat(objection.toDisposition().status()).isEqualTo(move.to().name());
        } else {
            assertThatThrownBy(() -> objection.resolve(move, role, "经核实", "admin", AT))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("selection.objection.error.closed");
            assertThat(objection.toDisposition().status()).isEqualTo(status.name());
        }
    }

    @Test
    void aDispositionNeedsItsWordsAndLeavesTheObjectionOpenWithout() {
        var objection = in(ObjectionStatus.OPEN);
        assertThatThrownBy(() -> objection.resolve(ObjectionMove.UPHOLD, Role.PROVINCE_ADMIN, " ", "admin", AT))
                .isInstanceOf(ObjectionRejected.class)
                .hasMessage("selection.objection.error.disposition");
        assertThat(objection.toDisposition().status()).isEqualTo("OPEN");
    }

    @Test
    void aDispositionIsUpheldOrNot() {
        assertThat(ObjectionMove.of(true)).isEqualTo(ObjectionMove.UPHOLD);
        assertThat(ObjectionMove.of(false)).isEqualTo(ObjectionMove.REJECT);
    }
}
