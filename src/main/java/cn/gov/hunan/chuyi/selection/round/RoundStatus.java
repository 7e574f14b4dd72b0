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
    CANCELLED;

    /** Whether the department may still change the round's set-up (criteria only while a draft: {@link Round#setUp}). */
    public boolean editable() {
        return this == DRAFT || this == OPEN;
    }

    /** Whether experts are being assigned and are scoring. */
    public boolean inExpertReview() {
        return this == EXPERT_REVIEW;
    }

    /** Whether the department checks recommended nominations (形式审查): after the window closed, until the decision. */
    public boolean acceptsEligibilityChecks() {
        return this == CITY_REVIEW || this == EXPERT_REVIEW;
    }

    /** Whether the round has a ranking to show: from expert review on, unless it was cancelled. */
    public boolean hasRanking() {
        return this == EXPERT_REVIEW || this == DECIDED || this == PUBLICITY || this == CLOSED;
    }
}
