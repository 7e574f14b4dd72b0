/**
 * Dashboard (工作台): the page each role lands on after sign-in. For province staff, the plan's
 * progress per programme, the 14 cities' flagship schools and the objections waiting for a disposition; for the
 * other roles, what they can do.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "region",
            "organization",
            "program",
            "project",
            "project :: funds",
            "project :: adjustment",
            "supervision",
            "selection"
        })
package cn.gov.hunan.chuyi.dashboard;
