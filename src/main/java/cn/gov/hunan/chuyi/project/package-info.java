/**
 * Project (立项建设项目): the register of designated projects. For now it is read-only (rows come from
 * migrations); annual reports, mid-term evaluation, acceptance and the link to selection rounds follow.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "program", "organization"})
package cn.gov.hunan.chuyi.project;
