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
                .containsExactlyInAnyOrder(
                        ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.MIDTERM_PASSED, ProjectStatus.ON_WARNING);
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(status.running()).as(status.name()).isEqualTo(ProjectMove.REVOKE.allowedFrom(status));
        }
    }

    @Test
    void aFailedMidtermPutsTheProjectOnWarningAndOnlyARecoveryOrASecondFailureOrTheDepartmentEndsIt() {
        assertThat(ProjectMove.FAIL_MIDTERM.to()).isEqualTo(ProjectStatus.ON_WARNING);
        assertThat(ProjectMove.LIFT_WARNING.to()).isEqualTo(ProjectStatus.MIDTERM_PASSED);
        assertThat(ProjectMove.FAIL_AGAIN.to()).isEqualTo(ProjectStatus.EXITED);
        assertThat(ProjectMove.EXIT.to()).isEqualTo(ProjectStatus.EXITED);
        for (ProjectMove move : ProjectMove.values()) {
            assertThat(move.scheduled()).as("no automatic exit: %s", move).isFalse();
        }
        assertThat(ProjectMove.ACCEPT.allowedFrom(ProjectStatus.ON_WARNING))
                .as("a project on warning is not accepted")
                .isFalse();
    }

    @Test
    void theEvaluationFormsStateLeadsToItsMoveFromTheCurrentStateAndRevocationOrExitIsNoEvaluation() {
        var u = ProjectStatus.UNDER_CONSTRUCTION;
        assertThat(ProjectMove.evaluationTo(u, ProjectStatus.MIDTERM_PASSED)).contains(ProjectMove.PASS_MIDTERM);
        assertThat(ProjectMove.evaluationTo(u, ProjectStatus.ON_WARNING)).contains(ProjectMove.FAIL_MIDTERM);
        var w = ProjectStatus.ON_WARNING;
        assertThat(ProjectMove.evaluationTo(w, ProjectStatus.MIDTERM_PASSED)).contains(ProjectMove.LIFT_WARNING);
        assertThat(ProjectMove.evaluationTo(w, ProjectStatus.EXITED)).contains(ProjectMove.FAIL_AGAIN);
        var m = ProjectStatus.MIDTERM_PASSED;
        assertThat(ProjectMove.evaluationTo(m, ProjectStatus.ACCEPTED)).contains(ProjectMove.ACCEPT);
        assertThat(ProjectMove.evaluationTo(m, ProjectStatus.FAILED)).contains(ProjectMove.FAIL);
        assertThat(ProjectMove.evaluationTo(m, ProjectStatus.REVOKED)).isEmpty();
        assertThat(ProjectMove.evaluationTo(u, ProjectStatus.UNDER_CONSTRUCTION))
                .isEmpty();
        var project = Projects.designated();
        assertThatThrownBy(() -> project.evaluate(ProjectMove.REVOKE, Role.PROVINCE_ADMIN, null, "x", Projects.DAY))
                .isInstanceOf(MoveRejected.class);
        var warned = Projects.in(w);
        assertThatThrownBy(() -> warned.evaluate(ProjectMove.EXIT, Role.PROVINCE_ADMIN, null, "x", Projects.DAY))
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
    void aWarningNeedsADateToRectifyByAfterTheEvaluationAndLiftingItClearsTheDate() {
        var project = Projects.designated();
        var admin = Role.PROVINCE_ADMIN;
        assertThatThrownBy(() -> project.evaluate(ProjectMove.FAIL_MIDTERM, admin, null, "差", Projects.DAY, null))
                .isInstanceOf(ProjectRejected.class)
                .hasMessage("evaluation.error.rectifyBy");
        assertThatThrownBy(
                        () -> project.evaluate(ProjectMove.FAIL_MIDTERM, admin, null, "差", Projects.DAY, Projects.DAY))
                .hasMessage("evaluation.error.rectifyBy");
        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
        Projects.failMidterm(project);
        assertThat(project.rectifyBy()).isEqualTo(Projects.DAY.plusMonths(3));
        project.evaluate(ProjectMove.LIFT_WARNING, admin, null, "整改到位", Projects.DAY.plusMonths(2));
        assertThat(project.status()).isEqualTo(ProjectStatus.MIDTERM_PASSED);
        assertThat(project.rectifyBy()).isNull();
    }

    @Test
    void aRevocationOrAnExitNeedsItsReason() {
        var project = Projects.designated();
        assertThatThrownBy(() -> project.revoke(Role.PROVINCE_ADMIN, "  ")).hasMessage("project.error.reason");
        assertThat(project.status()).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
        var warned = Projects.in(ProjectStatus.ON_WARNING);
        assertThatThrownBy(() -> warned.exit(Role.PROVINCE_ADMIN, " ")).hasMessage("project.error.reason");
        assertThat(warned.status()).isEqualTo(ProjectStatus.ON_WARNING);
    }

    @Test
    void onlyARunningProjectHoldsNoEndStateAndFailedRevokedOrExitedOnesFreeTheirSlot() {
        assertThat(ProjectStatus.ACCEPTED.countsTowardTarget()).isTrue();
        assertThat(ProjectStatus.ON_WARNING.countsTowardTarget()).isTrue();
        assertThat(ProjectStatus.FAILED.countsTowardTarget()).isFalse();
        assertThat(ProjectStatus.REVOKED.countsTowardTarget()).isFalse();
        assertThat(ProjectStatus.EXITED.countsTowardTarget()).isFalse();
        assertThat(ProjectStatus.ACCEPTED.running()).isFalse();
        assertThat(ProjectStatus.EXITED.running()).isFalse();
        assertThat(ProjectStatus.ON_WARNING.running()).isTrue();
    }

    @Test
    void anApprovedExtensionMovesTheEndYearLaterAndNeverEarlierOrBeyondTenYears() {
        var project = Projects.designated(); // 2024, three years: ends in 2026
        assertThat(project.extendTo(2027)).isEqualTo(2026);
        assertThat(project.constructionYears()).isEqualTo(4);
        assertThatThrownBy(() -> project.extendTo(2027))
                .isInstanceOf(ProjectRejected.class)
                .hasMessageContaining("project.error.extension");
        assertThatThrownBy(() -> project.extendTo(2034)).isInstanceOf(ProjectRejected.class);
        assertThat(project.extendTo(2033)).isEqualTo(2027);
    }

    private static ProjectStatus make(DesignatedProject project, ProjectMove move, Role role) {
        return switch (move) {
            case REVOKE -> project.revoke(role, "理由");
            case EXIT -> project.exit(role, "未整改");
            case FAIL_MIDTERM -> project.evaluate(move, role, null, "不合格", Projects.DAY, Projects.DAY.plusMonths(3));
            default -> project.evaluate(move, role, BigDecimal.valueOf(80), "结论", Projects.DAY);
        };
    }
}
