package cn.gov.hunan.chuyi.supervision.opinion;

/** The opinion's life, from the team's preliminary opinion to the issued 督导意见书. */
public enum OpinionStatus {
    /** 初步督导意见: the inspected body may reply until its date */
    PRELIMINARY,
    /** 已申辩 */
    REPLIED,
    /** 已定稿: for province staff to issue */
    FINAL,
    /** 意见书已印发: the rectification clock runs */
    ISSUED
}
