package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rectification table, walked move × state × role (and the portal's own job, role null) through the finding. */
class FindingMoveTests {

    /** What the procedure allows, written out independently of the table. */
    static final Set<String> ALLOWED = Set.of(
            "ANSWER OPEN CITY_OFFICER",
            "ANSWER OPEN SCHOOL_ADMIN",
            "ANSWER REJECTED CITY_OFFICER",
            "ANSWER REJECTED SCHOOL_ADMIN",
            "ACCEPT ANSWERED INSPECTOR",
            "SEND_BACK ANSWERED INSPECTOR",
            "SIGN_OFF ACCEPTED PROVINCE_ADMIN",
            "PUT_TO_RECHECK CLOSED PROVINCE_ADMIN",
            "PUT_TO_RECHECK CLOSED INSPECTOR",
            "CONFIRM_CLOSURE RECHECK PROVINCE_ADMIN",
            "CONFIRM_CLOSURE RECHECK INSPECTOR",
            "REOPEN RECHECK PROVINCE_ADMIN",
            "REOPEN RECHECK INSPECTOR");

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (FindingMove move : FindingMove.values()) {
            for (FindingStatus status : FindingStatus.values()) {
                roles.forEach(role -> all.add(Arguments.of(move, status, role)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} as {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeOnlyFromItsStatesByItsRoles(FindingMove move, FindingStatus status, Role role) {
        Finding finding = Findings.in(status);
        boolean allowed = ALLOWED.contains(move + " " + status + " " + role);
        assertThat(move.allowedFrom(status) && move.mayBeMadeBy(role)).isEqualTo(allowed);
        if (allowed) {
            assertThat(make(finding, move, role)).isEqualTo(status);
            assertThat(finding.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> make(finding, move, role))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("supervision.finding.error.state");
            assertThat(finding.status()).isEqualTo(status);
        }
    }

    @Test
    void theOverdueFlagIsNoMoveAndConcernsTheStatesThatOweAnAnswer() {
        assertThat(FindingMove.values()).noneMatch(FindingMove::scheduled);
        assertThat(FindingMove.ANSWER.from()).isEqualTo(EnumSet.of(FindingStatus.OPEN, FindingStatus.REJECTED));
        for (FindingStatus status : FindingStatus.values()) {
            Finding finding = Findings.in(status);
            assertThat(finding.markOverdueIfDue(Findings.DEADLINE.plusDays(1)))
                    .as("%s after the deadline", status)
                    .isEqualTo(status == FindingStatus.OPEN || status == FindingStatus.REJECTED);
            assertThat(finding.status()).as("the flag changes no state").isEqualTo(status);
        }
    }

    /** Each move through the finding, with input it accepts, so only the table can refuse it. */
    private static FindingStatus make(Finding finding, FindingMove move, Role role) {
        return switch (move) {
            case ANSWER -> finding.answer(role, "已整改", Instant.now());
            case ACCEPT -> finding.review(role, true, null, Findings.DEADLINE);
            case SEND_BACK -> finding.review(role, false, "材料不全", Findings.DEADLINE);
            case SIGN_OFF -> finding.signOff(role, "同意销号", "admin", Instant.now());
            case PUT_TO_RECHECK -> finding.putToRecheck(role);
            case CONFIRM_CLOSURE -> finding.concludeRecheck(role, true, "整改成效巩固", null, Findings.DEADLINE);
            case REOPEN ->
                finding.concludeRecheck(role, false, "问题反弹", Findings.DEADLINE.plusDays(30), Findings.DEADLINE);
        };
    }
}
