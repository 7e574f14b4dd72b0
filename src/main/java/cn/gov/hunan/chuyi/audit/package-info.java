/**
 * Audit (审计日志): the append-only, hash-chained log of security events and business changes, read only by
 * the AUDITOR. It listens to Spring Security's authentication events and to {@code shared.Audited}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account"})
package cn.gov.hunan.chuyi.audit;
