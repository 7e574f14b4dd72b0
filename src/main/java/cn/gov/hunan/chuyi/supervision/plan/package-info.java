/**
 * The year's supervision plan (督导计划): topic, visit dates, weighted indicators, scope (the 14 市州 or chosen
 * schools), and its life DRAFT → ACTIVE → PUBLISHED. Its tasks belong to the task module, which depends on this one:
 * the plan reaches them only through {@link cn.gov.hunan.chuyi.supervision.plan.PlanTasks}, which the task module
 * implements.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organization", "supervision.history"})
package cn.gov.hunan.chuyi.supervision.plan;
