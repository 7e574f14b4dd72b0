package cn.gov.hunan.chuyi.supervision.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import cn.gov.hunan.chuyi.supervision.People;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The task's table, walked move × state × role (and the portal's own job, role null) through the task itself. */
class TaskMoveTests {

    /** What the procedure allows, written out independently of the table: everything while planned, nothing after. */
    static final Set<String> ALLOWED = Set.of(
            "ASSIGN_TEAM PLANNED PROVINCE_ADMIN",
            "SUBMIT_DATA PLANNED CITY_OFFICER",
            "SUBMIT_DATA PLANNED SCHOOL_ADMIN",
            "RAISE_FINDING PLANNED INSPECTOR",
            "SCORE PLANNED INSPECTOR",
            "REPORT PLANNED INSPECTOR");

    static Stream<Arguments> everyMoveStateAndRole() {
        List<Arguments> all = new ArrayList<>();
        List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
        roles.add(null);
        for (TaskMove move : TaskMove.values()) {
            for (TaskStatus status : TaskStatus.values()) {
                roles.forEach(role -> all.add(Arguments.of(move, status, role)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} as {2}")
    @MethodSource("everyMoveStateAndRole")
    void aMoveIsMadeOnlyFromItsStatesByItsRoles(TaskMove move, TaskStatus status, Role role) {
        InspectionTask task = Tasks.in(status);
        boolean allowed = ALLOWED.contains(move + " " + status + " " + role);
        assertThat(move.allowedFrom(status) && move.mayBeMadeBy(role)).isEqualTo(allowed);
        if (allowed) {
            make(task, move, role);
            assertThat(task.status()).isEqualTo(move.to());
        } else {
            assertThatThrownBy(() -> make(task, move, role))
                    .isInstanceOf(MoveRejected.class)
                    .hasMessage("supervision.task.error.reported");
            assertThat(task.status()).isEqualTo(status);
        }
    }

    @Test
    void onlyTheReportChangesTheStateAndNoMoveIsTheScheduledJobs() {
        assertThat(TaskMove.values())
                .filteredOn(m -> m.to() != TaskStatus.PLANNED)
                .containsExactly(TaskMove.REPORT);
        assertThat(TaskMove.values()).noneMatch(TaskMove::scheduled);
    }

    @Test
    void aPageOffersAMoveOnlyToAUserInARoleOfTheTable() {
        assertThat(TaskMove.SCORE.offeredTo(People.inspector(Tasks.LEAD), TaskStatus.PLANNED))
                .isTrue();
        assertThat(TaskMove.SCORE.offeredTo(People.inspector(Tasks.LEAD), TaskStatus.REPORTED))
                .isFalse();
        assertThat(TaskMove.SCORE.offeredTo(People.city(People.LOUDI), TaskStatus.PLANNED))
                .isFalse();
        assertThat(TaskMove.SUBMIT_DATA.madeAs(People.school(7, People.LOUDI))).isEqualTo(Role.SCHOOL_ADMIN);
        assertThat(TaskMove.SUBMIT_DATA.madeAs(People.admin())).isNull();
    }

    /** Each move through the task, with input it accepts, so only the table can refuse it. */
    private static void make(InspectionTask task, TaskMove move, Role role) {
        switch (move) {
            case ASSIGN_TEAM -> task.assignTeam(role, Tasks.LEAD, Set.of(), null, null);
            case SUBMIT_DATA -> task.submitData(role, Map.of(1L, new Figures(1, 2, "x", Instant.now())));
            case RAISE_FINDING -> TaskMove.RAISE_FINDING.checkedFrom(task.status(), role, TaskMove.REFUSAL);
            case SCORE -> task.score(role, List.of(Tasks.POLICY), Map.of(1L, new IndicatorScore(BigDecimal.TEN, null)));
            case REPORT -> {
                if (task.status() == TaskStatus.PLANNED) {
                    task.score(
                            Role.INSPECTOR,
                            List.of(Tasks.POLICY),
                            Map.of(1L, new IndicatorScore(BigDecimal.TEN, null)));
                }
                task.report(role, List.of(Tasks.POLICY), "报告", Instant.now());
            }
        }
    }
}
