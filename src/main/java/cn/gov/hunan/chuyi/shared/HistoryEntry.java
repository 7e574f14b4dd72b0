package cn.gov.hunan.chuyi.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every history table keeps of a state change: from → to, who, why, when. Each module's entity adds
 * the column that says which record changed; rows are written once and never updated or deleted.
 */
@MappedSuperclass
@EntityListeners(HistoryAuditListener.class)
public abstract class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    private String actor;

    private String reason;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected HistoryEntry() {}

    protected HistoryEntry(String from, String to, String actor, String reason, Instant at) {
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = at;
    }

    public HistoryLine toLine() {
        return new HistoryLine(fromStatus, toStatus, actor, reason, PortalTime.local(changedAt));
    }
}
