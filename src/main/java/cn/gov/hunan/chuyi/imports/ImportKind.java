package cn.gov.hunan.chuyi.imports;

/** What a workbook loads. */
public enum ImportKind {
    /** 组织名录: organisations matched by credit code. */
    ORGANIZATIONS,
    /** 专家库: expert profiles. */
    EXPERTS,
    /** 督导学校数据: one city's school figures for a supervision task. */
    SCHOOL_FIGURES,
    /** 资金下达: allocations per project, year and source (project.funds). */
    FUND_ALLOCATIONS
}
