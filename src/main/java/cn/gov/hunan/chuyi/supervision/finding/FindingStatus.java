package cn.gov.hunan.chuyi.supervision.finding;

/**
 * The rectification item's life (整改); {@link FindingMove} says which move leads from which state, for whom.
 */
public enum FindingStatus {
    /** 待整改 */
    OPEN,
    /** 已答复，待核查 */
    ANSWERED,
    /** 核查未通过，退回整改 */
    REJECTED,
    /** 整改完成 */
    CLOSED
}
