package cn.gov.hunan.chuyi.supervision.task;

/** An inspection task's life. */
public enum TaskStatus {
    /** 待督查 */
    PLANNED,
    /** 已提交督查报告: read-only */
    REPORTED
}
