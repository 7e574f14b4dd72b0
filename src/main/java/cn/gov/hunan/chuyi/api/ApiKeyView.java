package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * An issued key as the administrator's page shows it (never the key itself).
 *
 * @param expired past its expiry: refused by the API whatever its state
 * @param mayRevoke the page offers revocation
 */
public record ApiKeyView(
        Long id,
        String name,
        String prefix,
        Set<ApiScope> scopes,
        ApiKeyStatus status,
        boolean expired,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        long version,
        boolean mayRevoke) {

    /** The state the page names: ACTIVE, REVOKED, or EXPIRED for an active key past its expiry. */
    public String shownStatus() {
        return status == ApiKeyStatus.ACTIVE && expired ? "EXPIRED" : status.name();
    }

    public LocalDateTime createdLocal() {
        return PortalTime.local(createdAt);
    }

    public LocalDateTime expiresLocal() {
        return PortalTime.local(expiresAt);
    }

    /**
     * The last day the key works, Asia/Shanghai: the day the administrator chose. The key stops at the start of the
     * next day ({@link #expiresAt()}), so that instant's own date is one day later.
     */
    public LocalDate validThrough() {
        return PortalTime.local(expiresAt.minusNanos(1)).toLocalDate();
    }

    public LocalDateTime revokedLocal() {
        return revokedAt == null ? null : PortalTime.local(revokedAt);
    }

    public LocalDateTime lastUsedLocal() {
        return lastUsedAt == null ? null : PortalTime.local(lastUsedAt);
    }
}
