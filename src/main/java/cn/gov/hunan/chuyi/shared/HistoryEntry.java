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

    @Column(name = "reason_key")
    private String reasonKey;

    @Column(name = "reason_arguments")
    private String reasonArguments;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected HistoryEntry() {}

    /** A change whose reason, if any, a user typed. */
    protected HistoryEntry(String from, String to, String actor, String reason, Instant at) {
        this(from, to, actor, HistoryReason.typed(reason), at);
    }

    /** A change with its reason: typed by a user, or given by the portal as a message key. */
    protected HistoryEntry(String from, String to, String actor, HistoryReason reason, Instant at) {
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        HistoryReason why = reason == null ? HistoryReason.none() : reason;
        this.reason = why.typed();
        this.reasonKey = why.key();
        this.reasonArguments = why.joinedArguments();
        this.changedAt = at;
    }

    public HistoryLine toLine() {
        return new HistoryLine(
                fromStatus,
                toStatus,
                actor,
                reason,
                reasonKey,
                HistoryReason.split(reasonArguments),
                PortalTime.local(changedAt));
    }
}
