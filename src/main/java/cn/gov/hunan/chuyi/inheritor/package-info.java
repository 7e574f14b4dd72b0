/**
 * Inheritor (楚怡职业教育精神传承人): people nominated by their school with the competitions and activities
 * that found them, recognised or declined by the department, and the public list of the recognised. The
 * recognised are the programme's designations: the module implements the catalogue's
 * {@link cn.gov.hunan.chuyi.program.RecognisedPeople}, so it depends on {@code program}, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organization", "region", "program"})
package cn.gov.hunan.chuyi.inheritor;
