package cn.gov.hunan.chuyi.supervision.plan;

/** A plan's life. */
public enum PlanStatus {
    /** 草稿 */
    DRAFT,
    /** 实施中: tasks exist, teams inspect */
    ACTIVE,
    /** 已发布: results frozen */
    PUBLISHED
}
