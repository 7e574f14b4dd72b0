/**
 * Inspection tasks (督查任务), one per 市州 or per chosen school of a running plan: the team, the figures the city or
 * school reports (and each school's figures for its city's task), the lead's scores, the weighted total and grade,
 * the report. Depends on the plan module and implements its {@link cn.gov.hunan.chuyi.supervision.plan.PlanTasks};
 * reaches its findings only through {@link cn.gov.hunan.chuyi.supervision.task.TaskFindings}. The designated projects a
 * task inspects are read through the project module's register ({@code project} never depends on supervision). A city
 * loads its schools' figures from a workbook through the imports module's reading and checking
 * ({@code FiguresImport}); imports knows nothing of supervision.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "region",
            "organization",
            "project",
            "imports",
            "supervision.history",
            "supervision.plan"
        })
package cn.gov.hunan.chuyi.supervision.task;
