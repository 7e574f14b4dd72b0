package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One issue or revocation of a key: who, when, from → to, why. Written once, never updated. */
@Entity
@Table(name = "api_key_change")
class ApiKeyChange extends HistoryEntry {

    @Column(name = "api_key_id")
    private long apiKeyId;

    protected ApiKeyChange() {}

    ApiKeyChange(long apiKeyId, ApiKeyStatus from, ApiKeyStatus to, String actor, HistoryReason reason, Instant at) {
        super(from == null ? null : from.name(), to.name(), actor, reason, at);
        this.apiKeyId = apiKeyId;
    }

    long apiKeyId() {
        return apiKeyId;
    }
}
