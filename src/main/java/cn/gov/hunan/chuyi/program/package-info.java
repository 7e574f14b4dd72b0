/**
 * Program (楚怡项目目录): the catalogue of the plan's programmes with their targets, eligible applicant
 * kinds and the history of target changes. Designations are counted by whoever implements
 * {@link cn.gov.hunan.chuyi.program.ProgramDesignations} (the project module), so this module does not
 * depend on the register.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "account"})
package cn.gov.hunan.chuyi.program;
