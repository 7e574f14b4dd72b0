package cn.gov.hunan.chuyi.supervision.opinion;

/** A self-evaluation report's life. */
public enum SelfEvaluationStatus {
    /** 草稿: only its author sees it */
    DRAFT,
    /** 已提交: read-only, the team and the province see it */
    SUBMITTED
}
