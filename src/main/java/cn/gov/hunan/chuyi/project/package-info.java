/**
 * Project (立项建设项目): the register of designated projects. A project is created when a selection round
 * closes (it listens to selection's {@code NominationDesignated}); annual reports, mid-term evaluation and
 * acceptance follow.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "region", "program", "organization", "selection", "attachment"})
package cn.gov.hunan.chuyi.project;
