package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.MoveRejected;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The designated project's table, walked move × state × role through the entity, and what an evaluation needs. */
class ProjectMoveTests {

    @ParameterizedTest
    @EnumSource(ProjectMove.class)
    void eachMoveIsMadeOnlyFromItsStatesAndOnlyByTheDepartment(ProjectMove move) {
        for (ProjectStatus status : ProjectStatus.values()) {
            for (Role role : Role.values()) {
                var project = Projects.in(status);
                boolean allowed = move.from().contains(status) && role == Role.PROVINCE_ADMIN;
                if (allowed) {
                    assertThat(make(project, move, role))
                            .as("%s from %s by %s", move, status, role)
                            .isEqualTo(status);
                    assertThat(project.status()).isEqualTo(move.to());
                } else {
                    assertThatThrownBy(() -> make(project, move, role))
                            .as("%s from %s by %s", move, status, role)
                            .isInstanceOf(MoveRejected.class)
                            .hasMessage("project.error.transition");
                    assertThat(project.status()).isEqualTo(status);
                }
            }
            assertThatThrownBy(() -> make(Projects.in(status), move, null))
                    .as("no scheduled job moves a project")
                    .isInstanceOf(MoveRejected.class);
        }
    }

    @Test
    void theLifeGoesMidtermThenAcceptanceAndARevocationOnlyBeforeTheDecision() {
        assertThat(ProjectMove.PASS_MIDTERM.from()).containsExactly(ProjectStatus.UNDER_CONSTRUCTION);
        assertThat(ProjectMove.ACCEPT.from()).containsExactly(ProjectStatus.MIDTERM_PASSED);
        assertThat(ProjectMove.FAIL.from()).containsExactly(ProjectStatus.MIDTERM_PASSED);
        assertThat(ProjectMove.REVOKE.from())
                .containsExactlyInAnyOrder(ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.MIDTERM_PASSED);
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(status.running()).as(status.name()).isEqualTo(ProjectMove.REVOKE.allowedFrom(status));
        }
    }

    @Test
    void theEvaluationFormsStateLeadsToItsMoveAndRevocationIsNoEvaluation() {
        assertThat(ProjectMove.evaluationTo(ProjectStatus.MIDTERM_PASSED)).contains(ProjectMove.PASS_MIDTERM);
        assertThat(ProjectMove.evaluationTo(ProjectStatus.ACCEPTED)).contains(ProjectMove.ACCEPT);
        assertThat(ProjectMove.evaluationTo(ProjectStatus.FAILED)).contains(ProjectMove.FAIL);
        assertThat(ProjectMove.evaluationTo(ProjectStatus.REVOKED)).isEmpty();
        assertThat(ProjectMove.evaluationTo(ProjectStatus.UNDER_CONSTRUCTION)).isEmpty();
        var project = Projects.designated();
        assertThatThrownBy(() -> project.evaluate(ProjectMove.REVOKE, Role.PROVINCE_ADMIN, null, "x", Projects.DAY))
                .isInstanceOf(MoveRejected.class);
    }

    @Test
    void anEvaluationNeedsItsDateAndConclusionAndAScoreFromZeroToHundred() {
        var project = Projects.designated();
        assertThatThrownBy(
                        () -> project.evaluate(ProjectMove.PASS_MIDTERM, Role.PROVINCE_ADMIN, null, " ", Projects.DAY))
                .isInstanceOf(ProjectRejected.class)
                .hasMessage("project.error.evaluation");
        assertThatThrownBy(() -> project.evaluate(ProjectMove.PASS_MIDTERM, Role.PROVINCE_ADMIN, null, "良好", null))
                .hasMessage("project.error.evaluation");
        assertThatThrownBy(() -> project.evaluate(
                        ProjectMove.PASS_MIDTERM, Role.PROVINCE_ADMIN, BigDecimal.valueOf(100.5), "良好", Projects.DAY))
                .hasMessage("project.error.score");
        assertThatThrownBy(() -> project.evaluate(
                        ProjectMove.PASS_MIDTERM, Role.PROVINCE_ADMIN, BigDecimal.valueOf(-1), "良好", Projects.DAY))
                .hasMessage("project.error.score");
        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
        project.evaluate(ProjectMove.PASS_MIDTERM, Role.PROVINCE_ADMIN, null, "良好", Projects.DAY);
        assertThat(project.status()).isEqualTo(ProjectStatus.MIDTERM_PASSED);
    }

    @Test
    void aRevocationNeedsItsReason() {
        var project = Projects.designated();
        assertThatThrownBy(() -> project.revoke(Role.PROVINCE_ADMIN, "  ")).hasMessage("project.error.reason");
        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
    }

    @Test
    void onlyARunningProjectHoldsNoEndStateAndOnlyFailedOrRevokedOnesFreeTheirSlot() {
        assertThat(ProjectStatus.ACCEPTED.countsTowardTarget()).isTrue();
        assertThat(ProjectStatus.FAILED.countsTowardTarget()).isFalse();
        assertThat(ProjectStatus.REVOKED.countsTowardTarget()).isFalse();
        assertThat(ProjectStatus.ACCEPTED.running()).isFalse();
    }

    private static ProjectStatus make(DesignatedProject project, ProjectMove move, Role role) {
        return move.evaluation()
                ? project.evaluate(move, role, BigDecimal.valueOf(80), "结论", Projects.DAY)
                : project.revoke(role, "理由");
    }
}
