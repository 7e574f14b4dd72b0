package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/** An issued key: its name, prefix, hash, scopes and life. The key itself is never stored. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String prefix;

    @Column(name = "key_hash")
    private String keyHash;

    private String scopes;

    @Enumerated(EnumType.STRING)
    private ApiKeyStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    // written by a bulk update (ApiKeyRepository.touch), never by the entity: a stale entity cannot move it back
    @Column(name = "last_used_at", updatable = false, insertable = false)
    private Instant lastUsedAt;

    @Version
    private long version;

    protected ApiKey() {}

    ApiKey(String name, String key, Set<ApiScope> scopes, String createdBy, Instant createdAt, Instant expiresAt) {
        this.name = name;
        this.prefix = ApiKeySecret.prefixOf(key);
        this.keyHash = ApiKeySecret.hash(key);
        this.scopes = ApiScope.join(scopes);
        this.status = ApiKeyStatus.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String prefix() {
        return prefix;
    }

    ApiKeyStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    boolean matches(String key) {
        return ApiKeySecret.matches(key, keyHash);
    }

    boolean usable(Instant now) {
        return status == ApiKeyStatus.ACTIVE && now.isBefore(expiresAt);
    }

    Set<ApiScope> scopes() {
        return ApiScope.split(scopes);
    }

    void move(ApiKeyMove move, Role role, Instant at) {
        this.status = move.checkedFrom(status, role, ApiKeyMove.REFUSAL);
        this.revokedAt = at;
    }

    ApiKeyView toView(Instant now) {
        return new ApiKeyView(
                id,
                name,
                prefix,
                scopes(),
                status,
                !now.isBefore(expiresAt),
                createdBy,
                createdAt,
                expiresAt,
                revokedAt,
                lastUsedAt,
                version,
                ApiKeyMove.REVOKE.allowedFrom(status));
    }
}
