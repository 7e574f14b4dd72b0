package cn.gov.hunan.chuyi.project;

import java.util.EnumSet;
import java.util.Set;

/** Life of a designated project (product.md §5). */
public enum ProjectStatus {
    /** 建设中 */
    UNDER_CONSTRUCTION,
    /** 中期评估通过 */
    MIDTERM_PASSED,
    /** 验收通过 */
    ACCEPTED,
    /** 验收不通过 */
    FAILED,
    /** 撤销 */
    REVOKED;

    /**
     * The evaluations a project in this state may receive (product.md §5): mid-term, then acceptance passed or
     * failed. The one place the project's state machine is written; pages ask it, the entity obeys it.
     */
    public Set<ProjectStatus> evaluations() {
        return switch (this) {
            case UNDER_CONSTRUCTION -> EnumSet.of(MIDTERM_PASSED);
            case MIDTERM_PASSED -> EnumSet.of(ACCEPTED, FAILED);
            default -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    /** Whether a project in this state may still be revoked: any time before the acceptance decision. */
    public boolean revocable() {
        return this == UNDER_CONSTRUCTION || this == MIDTERM_PASSED;
    }

    /** Whether a project in this state holds a slot of its programme's target. */
    public boolean countsTowardTarget() {
        return this != FAILED && this != REVOKED;
    }
}
