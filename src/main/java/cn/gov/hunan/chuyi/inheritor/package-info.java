/**
 * Inheritor (楚怡职业教育精神传承人): people nominated by their school with the competitions and activities
 * that found them, recognised or declined by the department, and the public list of the recognised.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "organization", "region"})
package cn.gov.hunan.chuyi.inheritor;
