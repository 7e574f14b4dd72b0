package cn.gov.hunan.chuyi.selection.round;

/** States of a selection round (遴选批次), product.md §4. */
public enum RoundStatus {
    /** 草稿: being set up, invisible to schools */
    DRAFT,
    /** 申报中: the nomination window */
    OPEN,
    /** 市州推荐: window closed, cities recommend and the department checks eligibility */
    CITY_REVIEW,
    /** 专家评审 */
    EXPERT_REVIEW,
    /** 已决定: selected within the quota, recorded with the meeting */
    DECIDED,
    /** 公示中 */
    PUBLICITY,
    /** 已结束: the remaining selected nominations are designated projects */
    CLOSED,
    /** 已取消 */
    CANCELLED
}
