package cn.gov.hunan.chuyi.supervision.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.supervision.People;
import org.junit.jupiter.api.Test;

/** Who sees a task and who reports its figures (issue #4): anyone else is told "not found". */
class TaskAccessTests {

    private final TaskAccess access = new TaskAccess();

    @Test
    void provinceStaffTheTeamAndTheCitySeeACityTask() {
        InspectionTask task = Tasks.planned();
        assertThat(access.maySee(People.admin(), task)).isTrue();
        assertThat(access.maySee(People.inspector(Tasks.LEAD), task)).isTrue();
        assertThat(access.maySee(People.inspector(Tasks.MEMBER), task)).isTrue();
        assertThat(access.maySee(People.city(People.LOUDI), task)).isTrue();
        assertThat(access.maySee(People.inspector(99), task))
                .as("another team's inspector")
                .isFalse();
        assertThat(access.maySee(People.city(People.CHANGSHA), task))
                .as("another city")
                .isFalse();
        assertThat(access.maySee(People.school(7, People.LOUDI), task))
                .as("a school of the city")
                .isFalse();
        assertThat(access.maySee(People.withRoles(Role.AUDITOR, Role.EXPERT), task))
                .isFalse();
    }

    @Test
    void aSchoolSeesAndReportsOnlyItsOwnTaskAndTheCityOnlyItsCitysTask() {
        InspectionTask school = new InspectionTask(1, People.LOUDI, 7L, null, null);
        assertThat(access.maySee(People.school(7, People.LOUDI), school)).isTrue();
        assertThat(access.maySee(People.school(8, People.LOUDI), school)).isFalse();
        assertThat(access.mayReportData(People.school(7, People.LOUDI), school)).isTrue();
        assertThat(access.mayReportData(People.city(People.LOUDI), school))
                .as("the city does not report for a school")
                .isFalse();
        assertThat(access.maySee(People.city(People.LOUDI), school))
                .as("but sees its city's school task")
                .isTrue();
        InspectionTask city = Tasks.planned();
        assertThat(access.mayReportData(People.city(People.LOUDI), city)).isTrue();
        assertThat(access.mayReportData(People.city(People.CHANGSHA), city)).isFalse();
        assertThat(access.mayReportData(People.school(7, People.LOUDI), city))
                .as("a school answers its data request")
                .isFalse();
        assertThat(access.mayReportData(People.inspector(Tasks.LEAD), city)).isFalse();
    }
}
