package cn.gov.hunan.chuyi.supervision.finding;

/**
 * How far an overdue item has been escalated (督办升级): past its deadline by more than the threshold
 * ({@code chuyi.supervision.rectification.escalate-after-days}) a school's item goes to its city, past twice the
 * threshold to the province; a city's own item goes to the province after one threshold.
 */
public enum Escalation {
    /** 未升级 */
    NONE,
    /** 已升级至市州 */
    CITY,
    /** 已升级至省厅 */
    PROVINCE
}
