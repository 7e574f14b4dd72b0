/**
 * A year's results (督导结果): each city's scores, total, grade and rank, its earlier published totals, its open
 * and overdue rectification items, and the same table as an Excel workbook. Reads the plan, task and finding
 * modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "supervision.plan", "supervision.task", "supervision.finding"})
package cn.gov.hunan.chuyi.supervision.results;
