/**
 * Supervision (年度督导): the yearly plan with its indicators, one inspection task per 市州 with its team,
 * the indicator data each city submits, the team's scores and report, findings (问题清单) that become
 * rectification items (整改) for the responsible city or school, overdue marking, and the published
 * results with their Excel export.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "region", "organization", "attachment"})
package cn.gov.hunan.chuyi.supervision;
