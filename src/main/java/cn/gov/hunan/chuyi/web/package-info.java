/**
 * Web: what every page shares — the language switch, the signed-in user in the layout, and the mapping
 * of exceptions to error pages. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "notification"})
package cn.gov.hunan.chuyi.web;
