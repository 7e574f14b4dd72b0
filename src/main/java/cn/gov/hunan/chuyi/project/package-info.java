/**
 * Project (立项建设项目): the register of designated projects. A project is created when a selection round
 * closes (it listens to selection's {@code NominationDesignated}); annual reports, mid-term evaluation and
 * acceptance follow.
 *
 * <p>Larger than 3,000 lines because a project's parts share one lifecycle: its task book sets the targets its annual
 * reports are filed against, its funds are spent in those reports, its evaluations and adjustments move the project
 * itself, and its change requests version the task book. The register, reports and flagship checks stay in the base
 * package; each later part (task book, funds, evaluations) is an internal sub-package within the 3,000-line limit.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "region", "program", "organization", "selection", "attachment"})
package cn.gov.hunan.chuyi.project;
