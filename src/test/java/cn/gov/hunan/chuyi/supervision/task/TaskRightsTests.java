package cn.gov.hunan.chuyi.supervision.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import org.junit.jupiter.api.Test;

/** What a task's page offers to whom: the table's moves, narrowed to the team, its lead and the reporting body. */
class TaskRightsTests {

    private static TaskPage.Rights rights(TaskView task, PortalUser viewer, boolean reportsData) {
        return TaskPage.Rights.of(task, viewer, reportsData);
    }

    @Test
    void theLeadScoresReportsAndRecordsFindingsAMemberOnlyRecordsFindings() {
        assertThat(rights(Inspections.loudi(), People.inspector(Inspections.LEAD), false))
                .isEqualTo(new TaskPage.Rights(false, true, true, true));
        assertThat(rights(Inspections.loudi(), People.inspector(Inspections.MEMBER), false))
                .isEqualTo(new TaskPage.Rights(false, true, false, false));
        assertThat(rights(Inspections.loudi(), People.inspector(99), false))
                .as("an inspector of another team")
                .isEqualTo(new TaskPage.Rights(false, false, false, false));
    }

    @Test
    void theReportingBodyReportsFiguresAndNothingElse() {
        assertThat(rights(Inspections.loudi(), People.city(People.LOUDI), true))
                .isEqualTo(new TaskPage.Rights(true, false, false, false));
        assertThat(rights(Inspections.school(7), People.school(7, People.LOUDI), true))
                .isEqualTo(new TaskPage.Rights(true, false, false, false));
        assertThat(rights(Inspections.loudi(), People.admin(), false))
                .as("province staff watch")
                .isEqualTo(new TaskPage.Rights(false, false, false, false));
    }

    @Test
    void aReportedTaskOrAPlanThatDoesNotRunOffersNothing() {
        for (var task : new TaskView[] {
            Inspections.loudi(PlanStatus.ACTIVE, TaskStatus.REPORTED),
            Inspections.loudi(PlanStatus.PUBLISHED, TaskStatus.REPORTED),
            Inspections.loudi(PlanStatus.PUBLISHED, TaskStatus.PLANNED)
        }) {
            assertThat(rights(task, People.inspector(Inspections.LEAD), false))
                    .as("lead, %s", task.status())
                    .isEqualTo(new TaskPage.Rights(false, false, false, false));
            assertThat(rights(task, People.city(People.LOUDI), true))
                    .as("city, %s", task.status())
                    .isEqualTo(new TaskPage.Rights(false, false, false, false));
        }
    }

    @Test
    void anInspectorWhoIsAlsoAnotherRoleStillActsAsInspector() {
        var both = People.withRoles(Role.AUDITOR, Role.INSPECTOR);
        assertThat(TaskMove.SCORE.madeAs(both)).isEqualTo(Role.INSPECTOR);
    }
}
