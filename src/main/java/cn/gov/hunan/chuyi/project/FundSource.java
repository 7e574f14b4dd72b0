package cn.gov.hunan.chuyi.project;

/**
 * Where a project's money comes from (资金来源): the task book budgets by year and source, funds are allocated and spent
 * by source. The names are stored in the database; the texts are {@code FundSource.<NAME>} in the bundles.
 */
public enum FundSource {
    /** 省级财政 */
    PROVINCIAL,
    /** 市州/举办方 */
    CITY,
    /** 行业企业 */
    INDUSTRY,
    /** 学校自筹 */
    SCHOOL
}
