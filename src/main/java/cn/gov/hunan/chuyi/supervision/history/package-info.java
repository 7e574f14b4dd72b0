/**
 * The one history of supervision: every change of a plan, an inspection task or a finding is a line of
 * {@code supervision_state_change} (from, to, who, why, when), written and read through {@link
 * cn.gov.hunan.chuyi.supervision.history.SupervisionHistory}. The plan, task and finding modules use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package cn.gov.hunan.chuyi.supervision.history;
