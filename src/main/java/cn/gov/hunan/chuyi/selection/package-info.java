/**
 * Selection (遴选): rounds of a programme, nominations filed by schools, the city recommendation step,
 * the eligibility check, expert review, the decision under the quota, publicity (公示) with objections,
 * and designation. Publishes {@link cn.gov.hunan.chuyi.selection.NominationDesignated} when a round
 * closes; the project module turns it into a designated project.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "region", "organization", "program", "attachment"})
package cn.gov.hunan.chuyi.selection;
