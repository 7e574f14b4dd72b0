/**
 * Selection (遴选): rounds of a programme, nominations filed by schools, the city recommendation step,
 * the eligibility check, expert review, the decision under the quota, publicity (公示) with objections,
 * and designation. Publishes {@link cn.gov.hunan.chuyi.selection.NominationDesignated} when a round
 * closes; the project module turns it into a designated project.
 *
 * <p>Larger than 3,000 lines because its parts share one lifecycle: closing a round designates its nominations and
 * waits for the objections of its notice, a nomination's windows are its round's, and the review and the decision
 * read both. Each part is a sub-package (round, nomination, review, expert, decision, publicity, history) of at most
 * about 1,600 lines; made nested application modules they would depend on each other in cycles, so they stay
 * internal sub-packages of one module whose API is the base package.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "region", "organization", "program", "attachment"})
package cn.gov.hunan.chuyi.selection;
