package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.project.ProjectStatus.ACCEPTED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.EXITED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.FAILED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.MIDTERM_PASSED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.ON_WARNING;
import static cn.gov.hunan.chuyi.project.ProjectStatus.REVOKED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.UNDER_CONSTRUCTION;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The designated project's table (product.md §5, issue #17): the department records the mid-term evaluation — passed,
 * or failed, which puts the project on warning (预警) with a date to rectify by; the evaluation after rectification
 * lifts the warning (the mid-term then counts as passed) or fails again, and the project exits (退出). The department
 * may also decide the exit of a project whose warning was not rectified; nothing exits a project by itself. Then the
 * acceptance passed or failed, and a revocation any time before the acceptance decision.
 */
public enum ProjectMove implements Move<ProjectStatus, Role> {
    /** 中期评估通过 */
    PASS_MIDTERM(EnumSet.of(UNDER_CONSTRUCTION), MIDTERM_PASSED),
    /** 中期评估不合格: 预警, with a date to rectify by */
    FAIL_MIDTERM(EnumSet.of(UNDER_CONSTRUCTION), ON_WARNING),
    /** 整改后复评合格: 解除预警 */
    LIFT_WARNING(EnumSet.of(ON_WARNING), MIDTERM_PASSED),
    /** 复评仍不合格: 退出 */
    FAIL_AGAIN(EnumSet.of(ON_WARNING), EXITED),
    /** 预警未整改, 厅决定退出 */
    EXIT(EnumSet.of(ON_WARNING), EXITED),
    /** 验收通过 */
    ACCEPT(EnumSet.of(MIDTERM_PASSED), ACCEPTED),
    /** 验收不通过 */
    FAIL(EnumSet.of(MIDTERM_PASSED), FAILED),
    /** 撤销 */
    REVOKE(EnumSet.of(UNDER_CONSTRUCTION, MIDTERM_PASSED, ON_WARNING), REVOKED);

    private static final Set<Role> DEPARTMENT = EnumSet.of(Role.PROVINCE_ADMIN);

    private final Set<ProjectStatus> from;
    private final ProjectStatus to;

    ProjectMove(Set<ProjectStatus> from, ProjectStatus to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Set<ProjectStatus> from() {
        return from;
    }

    @Override
    public ProjectStatus to() {
        return to;
    }

    @Override
    public Set<Role> who() {
        return DEPARTMENT;
    }

    /** Whether the move records an evaluation (with its date and conclusion) rather than ending the project. */
    public boolean evaluation() {
        return this != REVOKE && this != EXIT;
    }

    /** Whether the move records a mid-term evaluation (first or after rectification) rather than the acceptance. */
    public boolean midterm() {
        return this == PASS_MIDTERM || this == FAIL_MIDTERM || this == LIFT_WARNING || this == FAIL_AGAIN;
    }

    /** The evaluation that leads from {@code from} to {@code to} (the evaluation form posts the state it records). */
    public static Optional<ProjectMove> evaluationTo(ProjectStatus from, ProjectStatus to) {
        return Arrays.stream(values())
                .filter(m -> m.evaluation() && m.to == to && m.allowedFrom(from))
                .findFirst();
    }
}
