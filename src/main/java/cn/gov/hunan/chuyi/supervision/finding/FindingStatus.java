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
    /** 整改通过，待销号: the inspectors accepted the answer; the province signs it off */
    ACCEPTED,
    /** 已销号 */
    CLOSED,
    /** 复查中: a closed item put to re-check at a later visit, which confirms the closure or reopens it */
    RECHECK
}
