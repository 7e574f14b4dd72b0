package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Designated projects for unit tests, brought into a state through the moves of their table (no reflection). */
final class Projects {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private Projects() {}

    /** A project just designated by a closing round: UNDER_CONSTRUCTION. */
    static DesignatedProject designated() {
        return new DesignatedProject("TRAINING_BASE", 1L, "测试实训基地", 2024, null, 1L);
    }

    static DesignatedProject in(ProjectStatus status) {
        var project = designated();
        switch (status) {
            case UNDER_CONSTRUCTION -> {}
            case MIDTERM_PASSED -> evaluate(project, ProjectMove.PASS_MIDTERM);
            case ACCEPTED -> {
                evaluate(project, ProjectMove.PASS_MIDTERM);
                evaluate(project, ProjectMove.ACCEPT);
            }
            case FAILED -> {
                evaluate(project, ProjectMove.PASS_MIDTERM);
                evaluate(project, ProjectMove.FAIL);
            }
            case REVOKED -> project.revoke(Role.PROVINCE_ADMIN, "撤销理由");
            case ON_WARNING -> failMidterm(project);
            case EXITED -> {
                failMidterm(project);
                evaluate(project, ProjectMove.FAIL_AGAIN);
            }
        }
        return project;
    }

    /** Fails the mid-term: on warning, to rectify within three months. */
    static void failMidterm(DesignatedProject project) {
        project.evaluate(ProjectMove.FAIL_MIDTERM, Role.PROVINCE_ADMIN, null, "不合格", DAY, DAY.plusMonths(3));
    }

    static void evaluate(DesignatedProject project, ProjectMove move) {
        project.evaluate(move, Role.PROVINCE_ADMIN, BigDecimal.valueOf(85), "专家结论", DAY);
    }
}
