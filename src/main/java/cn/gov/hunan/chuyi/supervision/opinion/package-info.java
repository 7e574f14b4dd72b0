/**
 * The procedure between the plan and the rectification clock (《教育督导条例》 arts. 20–21): before the visit the
 * inspected body files its self-evaluation (自评报告: narrative, files, its figures), after the visit the team's lead
 * records a preliminary opinion (初步督导意见) which the body may answer (申辩) until a date the lead sets, the lead
 * finalises it, and province staff issue the 督导意见书 — a numbered document (文号) with the evaluation, the task's
 * grade and its findings each with a rectification deadline — as a printable page and a PDF. Issuing sets each
 * finding's deadline through the finding module's API: this module sits above task and finding, so nothing below
 * needs to know it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "attachment",
            "supervision.history",
            "supervision.plan",
            "supervision.task",
            "supervision.finding"
        })
package cn.gov.hunan.chuyi.supervision.opinion;
