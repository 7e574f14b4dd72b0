/**
 * The bulletin (通报) of a year's supervision results: once the results are published, province staff issue it with a
 * number (文号), a date and an optional preface; it states each city's grade and score, its open, overdue and closed
 * rectification items, and the overdue items by name. It is a public document (the 督导公报 of the procedure), printable
 * on A4 in the department's layout. Reads the plan, task and finding modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "supervision.history",
            "supervision.plan",
            "supervision.task",
            "supervision.finding"
        })
package cn.gov.hunan.chuyi.supervision.bulletin;
