/**
 * Supervision (年度督导): the yearly plan with its indicators, one inspection task per 市州 with its team,
 * the indicator data each city submits, the team's scores and report, findings (问题清单) that become
 * rectification items (整改) for the responsible city or school, overdue marking, and the published
 * results with their Excel export.
 *
 * <p>This package is the module's API for other modules (the dashboard's count of overdue items). The work is done
 * by nested modules, one per aggregate, each with its own API in its package: {@code history} ← {@code plan} ←
 * {@code task} ← {@code finding} ← {@code results} (arrows point to what is used). A lower module reaches a higher one
 * only through an interface it declares and the higher one implements ({@code plan.PlanTasks},
 * {@code task.TaskFindings}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "region",
            "organization",
            "attachment",
            "supervision.finding",
            "supervision.results"
        })
package cn.gov.hunan.chuyi.supervision;
