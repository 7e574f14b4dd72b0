package cn.gov.hunan.chuyi.selection.publicity;

/** States of an objection (异议). */
public enum ObjectionStatus {
    /** 待处理 */
    OPEN,
    /** 异议成立: the nomination is removed from the notice */
    UPHELD,
    /** 异议不成立 */
    REJECTED
}
