package cn.gov.hunan.chuyi.project;

/** Where a project's money comes from (资金来源), as the department's budgets and the task book list them. */
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
