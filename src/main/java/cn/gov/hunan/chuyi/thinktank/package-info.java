/**
 * Think-tank (楚怡职业教育专业智库): its activities — 大讲堂 lectures, 论坛 forums, decision-support
 * reports — recorded by the department or the think-tank's own organisation, and listed publicly.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "program", "attachment"})
package cn.gov.hunan.chuyi.thinktank;
