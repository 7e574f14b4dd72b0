package cn.gov.hunan.chuyi.project.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.project.ProjectMove;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import org.junit.jupiter.api.Test;

/** The grade decides the move of the project's table, from the project's state; nothing else is offered. */
class GradeTests {

    @Test
    void aMidtermGradeMovesAProjectUnderConstructionOrOnWarning() {
        var u = ProjectStatus.UNDER_CONSTRUCTION;
        assertThat(Grade.EXCELLENT.moveFrom(u)).contains(ProjectMove.PASS_MIDTERM);
        assertThat(Grade.QUALIFIED.moveFrom(u)).contains(ProjectMove.PASS_MIDTERM);
        assertThat(Grade.UNQUALIFIED.moveFrom(u)).contains(ProjectMove.FAIL_MIDTERM);
        var w = ProjectStatus.ON_WARNING;
        assertThat(Grade.QUALIFIED.moveFrom(w)).contains(ProjectMove.LIFT_WARNING);
        assertThat(Grade.UNQUALIFIED.moveFrom(w)).contains(ProjectMove.FAIL_AGAIN);
        assertThat(Grade.PASSED.moveFrom(w)).as("no acceptance on warning").isEmpty();
    }

    @Test
    void anAcceptanceGradeMovesOnlyAProjectWhoseMidtermPassed() {
        var m = ProjectStatus.MIDTERM_PASSED;
        assertThat(Grade.PASSED.moveFrom(m)).contains(ProjectMove.ACCEPT);
        assertThat(Grade.NOT_PASSED.moveFrom(m)).contains(ProjectMove.FAIL);
        assertThat(Grade.EXCELLENT.moveFrom(m)).isEmpty();
        assertThat(Grade.offeredFrom(m)).containsExactly(Grade.PASSED, Grade.NOT_PASSED);
    }

    @Test
    void aProjectThatEndedIsOfferedNoGrade() {
        for (var status : new ProjectStatus[] {
            ProjectStatus.ACCEPTED, ProjectStatus.FAILED, ProjectStatus.REVOKED, ProjectStatus.EXITED
        }) {
            assertThat(Grade.offeredFrom(status)).as(status.name()).isEmpty();
        }
        assertThat(Grade.offeredFrom(ProjectStatus.UNDER_CONSTRUCTION))
                .containsExactly(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED);
    }
}
