package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.project.ProjectStatus.ACCEPTED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.FAILED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.MIDTERM_PASSED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.REVOKED;
import static cn.gov.hunan.chuyi.project.ProjectStatus.UNDER_CONSTRUCTION;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.Move;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The designated project's table (product.md §5): the department records the mid-term evaluation, then the
 * acceptance passed or failed, and may revoke the project any time before the acceptance decision. Further moves of
 * the project's life (evaluations with warning or exit, adjustments) are rows of this table.
 */
public enum ProjectMove implements Move<ProjectStatus, Role> {
    /** 中期评估通过 */
    PASS_MIDTERM(EnumSet.of(UNDER_CONSTRUCTION), MIDTERM_PASSED),
    /** 验收通过 */
    ACCEPT(EnumSet.of(MIDTERM_PASSED), ACCEPTED),
    /** 验收不通过 */
    FAIL(EnumSet.of(MIDTERM_PASSED), FAILED),
    /** 撤销 */
    REVOKE(EnumSet.of(UNDER_CONSTRUCTION, MIDTERM_PASSED), REVOKED);

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

    /** Whether the move records an evaluation (with its date, score and conclusion) rather than ending the project. */
    public boolean evaluation() {
        return this != REVOKE;
    }

    /** The evaluation that leads to the state (the evaluation form posts the state it records). */
    static Optional<ProjectMove> evaluationTo(ProjectStatus to) {
        return Arrays.stream(values()).filter(m -> m.evaluation() && m.to == to).findFirst();
    }
}
