package cn.gov.hunan.chuyi.supervision.finding;

/** Severity of a finding: 一般 / 较重 / 严重. */
public enum Severity {
    GENERAL,
    SERIOUS,
    SEVERE
}
