package cn.gov.hunan.chuyi.thinktank;

/** What a think-tank activity is. */
public enum ActivityKind {
    /** 楚怡职业教育大讲堂 */
    LECTURE,
    /** 楚怡职业教育论坛 */
    FORUM,
    /** 决策咨询报告 */
    REPORT
}
