package cn.gov.hunan.chuyi.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rectification item's life (整改): the responsible organisation answers an OPEN or REJECTED item; an
 * inspector of the task accepts the answer (CLOSED) or rejects it with a comment (back to the organisation).
 */
public enum FindingStatus {
    /** 待整改 */
    OPEN,
    /** 已答复，待核查 */
    ANSWERED,
    /** 核查未通过，退回整改 */
    REJECTED,
    /** 整改完成 */
    CLOSED;

    /** States in which the organisation still owes an answer (and can be overdue). */
    static final Set<FindingStatus> AWAITING_ANSWER = EnumSet.of(OPEN, REJECTED);
}
