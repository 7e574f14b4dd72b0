package cn.gov.hunan.chuyi.supervision.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rectification's life after the answer, without a database: extensions, escalation, 销号 and 复查. */
class RectificationLifeTests {

    static final Set<String> ALLOWED = Set.of(
            "APPROVE PENDING INSPECTOR",
            "APPROVE PENDING PROVINCE_ADMIN",
            "REFUSE PENDING INSPECTOR",
            "REFUSE PENDING PROVINCE_ADMIN",
            // the portal withdraws a pending request when the item is answered; nobody makes that move by hand
            "LAPSE PENDING null");

    static Stream<Arguments> everyDecisionStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (ExtensionMove move : ExtensionMove.values()) {
            for (ExtensionStatus status : ExtensionStatus.values()) {
                roles.forEach(role -> all.add(Arguments.of(move, status, role)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} as {2}")
    @MethodSource("everyDecisionStateAndRole")
    void anExtensionIsDecidedOnlyWhilePendingByTheTeamOrTheProvince(
            ExtensionMove move, ExtensionStatus status, Role role) {
        Extension request = in(status);
        boolean allowed = ALLOWED.contains(move + " " + status + " " + role);
        if (allowed) {
            make(request, move, role);
            assertThat(request.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> make(request, move, role))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("supervision.extension.error.state");
            assertThat(request.status()).isEqualTo(status);
        }
    }

    @Test
    void aRefusalNeedsItsReason() {
        assertThatThrownBy(() ->
                        in(ExtensionStatus.PENDING).decide(Role.INSPECTOR, false, " ", "inspector1", Instant.now()))
                .isInstanceOf(FindingRejected.class)
                .hasMessage("supervision.extension.error.note");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndLiftsTheOverdueFlag() {
        Finding finding = Findings.open();
        finding.markOverdueIfDue(Findings.DEADLINE.plusDays(3));
        assertThat(finding.overdue()).isTrue();
        finding.extendTo(Findings.DEADLINE.plusDays(30), Findings.DEADLINE.plusDays(3));
        assertThat(finding.deadline()).isEqualTo(Findings.DEADLINE.plusDays(30));
        assertThat(finding.overdue()).isFalse();
        assertThat(finding.extended()).isTrue();
    }

    @Test
    void aSchoolsOverdueItemGoesToItsCityThenTheProvinceAndACitysStraightToTheProvince() {
        Finding school = Findings.forSchool(7);
        Finding city = Findings.open();
        LocalDate d = Findings.DEADLINE;
        assertThat(school.escalation(d.plusDays(15), 15)).isEqualTo(Escalation.NONE);
        assertThat(school.escalation(d.plusDays(16), 15)).isEqualTo(Escalation.CITY);
        assertThat(school.escalation(d.plusDays(31), 15)).isEqualTo(Escalation.PROVINCE);
        assertThat(city.escalation(d.plusDays(15), 15)).isEqualTo(Escalation.NONE);
        assertThat(city.escalation(d.plusDays(16), 15)).isEqualTo(Escalation.PROVINCE);
        assertThat(Findings.in(FindingStatus.ANSWERED).escalation(d.plusDays(100), 15))
                .as("nothing owed")
                .isEqualTo(Escalation.NONE);
    }

    @Test
    void aSignOffNeedsItsNoteAndARecheckReopensOnlyWithANewDeadline() {
        assertThatThrownBy(() ->
                        Findings.in(FindingStatus.ACCEPTED).signOff(Role.PROVINCE_ADMIN, "", "admin", Instant.now()))
                .hasMessage("supervision.finding.error.signOffNote");
        Finding recheck = Findings.in(FindingStatus.RECHECK);
        assertThat(recheck.rechecked()).isTrue();
        assertThatThrownBy(() -> recheck.concludeRecheck(Role.INSPECTOR, false, "问题反弹", null, Findings.DEADLINE))
                .hasMessage("supervision.finding.error.deadline");
        recheck.concludeRecheck(Role.INSPECTOR, false, "问题反弹", Findings.DEADLINE.plusDays(20), Findings.DEADLINE);
        assertThat(recheck.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(recheck.deadline()).isEqualTo(Findings.DEADLINE.plusDays(20));
    }

    private static void make(Extension request, ExtensionMove move, Role role) {
        if (move == ExtensionMove.LAPSE) {
            request.lapse(role, Instant.now());
        } else {
            request.decide(role, move == ExtensionMove.APPROVE, "理由充分", "inspector1", Instant.now());
        }
    }

    private static Extension in(ExtensionStatus status) {
        Extension request =
                new Extension(1, "汛期施工受阻", Findings.DEADLINE.plusDays(30), Findings.DEADLINE, "school", Instant.now());
        if (status == ExtensionStatus.WITHDRAWN) {
            request.lapse(null, Instant.now());
        } else if (status != ExtensionStatus.PENDING) {
            request.decide(Role.PROVINCE_ADMIN, status == ExtensionStatus.APPROVED, "意见", "admin", Instant.now());
        }
        return request;
    }
}
