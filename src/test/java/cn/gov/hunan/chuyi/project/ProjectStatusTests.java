package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The designated project's state machine: mid-term, then acceptance; revocable only before acceptance. */
class ProjectStatusTests {

    @Test
    void evaluationsFollowTheOrderOfTheProgrammeAndEndAtAcceptance() {
        assertThat(ProjectStatus.UNDER_CONSTRUCTION.evaluations()).containsExactly(ProjectStatus.MIDTERM_PASSED);
        assertThat(ProjectStatus.MIDTERM_PASSED.evaluations()).containsExactly(ProjectStatus.ACCEPTED, ProjectStatus.FAILED);
        for (ProjectStatus end : new ProjectStatus[] {ProjectStatus.ACCEPTED, ProjectStatus.FAILED, ProjectStatus.REVOKED}) {
            assertThat(end.evaluations()).as(end.name()).isEmpty();
            assertThat(end.revocable()).as(end.name()).isFalse();
        }
        assertThat(ProjectStatus.UNDER_CONSTRUCTION.revocable()).isTrue();
        assertThat(ProjectStatus.MIDTERM_PASSED.revocable()).isTrue();
    }

    @Test
    void theEntityRefusesWhatTheStatusDoesNotAllow() {
        var project = new DesignatedProject("TRAINING_BASE", 1L, "测试实训基地", 2024, null, 1L);
        assertThatThrownBy(() -> project.evaluate(ProjectStatus.ACCEPTED, BigDecimal.TEN, "x", LocalDate.now()))
                .hasMessage("project.error.transition");
        project.evaluate(ProjectStatus.MIDTERM_PASSED, BigDecimal.valueOf(88), "良好", LocalDate.now());
        project.evaluate(ProjectStatus.ACCEPTED, BigDecimal.valueOf(90), "通过", LocalDate.now());
        assertThatThrownBy(() -> project.revoke("理由")).hasMessage("project.error.transition");
    }
}
