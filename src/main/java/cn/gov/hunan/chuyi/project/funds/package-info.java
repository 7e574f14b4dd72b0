/**
 * Funds of designated projects (项目资金): allocations per project, year and {@code FundSource} kept by the department
 * (entered, changed, deleted with a history, or uploaded from Excel all or nothing), spending by source reported by the
 * school with each annual report, and the execution rate (spent / allocated) per project, programme, city and year,
 * always added up in SQL. Spending counts only for reports filed or accepted.
 */
@org.springframework.modulith.NamedInterface("funds")
package cn.gov.hunan.chuyi.project.funds;
