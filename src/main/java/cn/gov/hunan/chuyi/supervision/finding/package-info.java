/**
 * Findings (问题清单) and the rectification items (整改) they become for the responsible school or city: raised by the
 * task's inspectors with evidence, answered, verified, flagged overdue by the hourly job, listed and counted.
 * Depends on the task module (team, city, whether the task is open) and implements its
 * {@link cn.gov.hunan.chuyi.supervision.task.TaskFindings}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "region",
            "organization",
            "attachment",
            "project",
            "supervision.history",
            "supervision.task"
        })
package cn.gov.hunan.chuyi.supervision.finding;
