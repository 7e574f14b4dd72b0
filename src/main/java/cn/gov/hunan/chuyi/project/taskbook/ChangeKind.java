package cn.gov.hunan.chuyi.project.taskbook;

/** What a change request changes (texts: {@code ChangeKind.<NAME>}). */
public enum ChangeKind {
    /** 项目负责人变更 */
    LEADER,
    /** 建设内容或目标调整 */
    CONTENT_OR_TARGETS,
    /** 建设期延长 */
    PERIOD_EXTENSION
}
