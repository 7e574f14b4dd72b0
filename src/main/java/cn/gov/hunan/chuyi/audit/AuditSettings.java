package cn.gov.hunan.chuyi.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chuyi.audit.*}: the digest of the hash chain (any JCA name: SHA-256 by default; SM3 where a provider
 * such as BouncyCastle is registered) and how long rows are kept (never below the 184 days of level 3).
 */
@ConfigurationProperties("chuyi.audit")
public record AuditSettings(String digest, Integer retentionDays) {

    static final int RETENTION_FLOOR_DAYS = 184;

    public AuditSettings {
        digest = digest == null || digest.isBlank() ? "SHA-256" : digest;
        retentionDays = retentionDays == null ? 365 : Math.max(RETENTION_FLOOR_DAYS, retentionDays);
    }
}
