package cn.gov.hunan.chuyi.inheritor;

/** The level of a competition or activity. */
public enum AwardLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL,
    /** 市级 */
    CITY,
    /** 校级 */
    SCHOOL
}
