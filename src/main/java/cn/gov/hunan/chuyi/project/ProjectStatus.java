package cn.gov.hunan.chuyi.project;

/** Life of a designated project (product.md §5); {@link ProjectMove} is its table of moves. */
public enum ProjectStatus {
    /** 建设中 */
    UNDER_CONSTRUCTION,
    /** 中期评估通过 */
    MIDTERM_PASSED,
    /** 预警: the mid-term failed; the school rectifies by a date, then is evaluated again. */
    ON_WARNING,
    /** 验收通过 */
    ACCEPTED,
    /** 验收不通过 */
    FAILED,
    /** 撤销 */
    REVOKED,
    /** 退出: a second failure or an unrectified warning; the slot is free as after a revocation. */
    EXITED;

    /** Whether the project is being built: it owes annual reports and may still be evaluated or revoked. */
    public boolean running() {
        return this == UNDER_CONSTRUCTION || this == MIDTERM_PASSED || this == ON_WARNING;
    }

    /** Whether a project in this state holds a slot of its programme's target. */
    public boolean countsTowardTarget() {
        return this != FAILED && this != REVOKED && this != EXITED;
    }
}
