package cn.gov.hunan.chuyi.selection;

/** States of a nomination (申报), product.md §4. */
public enum NominationStatus {
    /** 草稿 */
    DRAFT,
    /** 已提交，待市州推荐 */
    SUBMITTED,
    /** 已推荐 (or 省属, no city step) */
    RECOMMENDED,
    /** 市州退回修改 */
    RETURNED,
    /** 形式审查通过 */
    ELIGIBLE,
    /** 形式审查不通过 */
    INELIGIBLE,
    /** 专家评审中 */
    UNDER_REVIEW,
    /** 拟立项 */
    SELECTED,
    /** 未入选 */
    NOT_SELECTED,
    /** 已立项 */
    DESIGNATED,
    /** 异议成立，取消 */
    REMOVED,
    /** 已撤回 */
    WITHDRAWN;

    /** Whether the school may still change the content. */
    public boolean editableBySchool() {
        return this == DRAFT || this == RETURNED;
    }
}
