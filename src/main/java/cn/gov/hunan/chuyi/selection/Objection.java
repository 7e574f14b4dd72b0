package cn.gov.hunan.chuyi.selection;

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

/** An objection (异议) lodged during publicity, under a real name, with a recorded disposition. */
@Entity
@Table(name = "objection")
class Objection {

    enum Status {
        OPEN,
        UPHELD,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "nomination_id")
    private long nominationId;

    @Column(name = "objector_id")
    private long objectorId;

    @Column(name = "objector_name")
    private String objectorName;

    private String contact;

    private String reason;

    @Column(name = "evidence_key")
    private String evidenceKey;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Column(name = "evidence_type")
    private String evidenceType;

    @Column(name = "evidence_sha256")
    private String evidenceSha256;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private String disposition;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "lodged_at")
    private Instant lodgedAt;

    @Version
    private long version;

    protected Objection() {}

    Objection(long roundId, long nominationId, long objectorId, String objectorName, String contact, String reason,
            Instant at) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.objectorId = objectorId;
        this.objectorName = objectorName;
        this.contact = contact;
        this.reason = reason;
        this.lodgedAt = at;
    }

    void attachEvidence(cn.gov.hunan.chuyi.attachment.StoredFile file) {
        this.evidenceKey = file.storageKey();
        this.evidenceName = file.originalName();
        this.evidenceType = file.type().contentType();
        this.evidenceSha256 = file.sha256();
    }

    String evidenceKey() {
        return evidenceKey;
    }

    String evidenceName() {
        return evidenceName;
    }

    String evidenceType() {
        return evidenceType;
    }

    void resolve(boolean upheld, String disposition, String actor, Instant at) {
        if (status != Status.OPEN) {
            throw new IllegalTransitionException("selection.objection.error.closed");
        }
        if (disposition == null || disposition.isBlank()) {
            throw new IllegalTransitionException("selection.objection.error.disposition");
        }
        this.status = upheld ? Status.UPHELD : Status.REJECTED;
        this.disposition = disposition.strip();
        this.handledBy = actor;
        this.handledAt = at;
    }

    long nominationId() {
        return nominationId;
    }

    long roundId() {
        return roundId;
    }

    ObjectionView toView(String nominationTitle) {
        return new ObjectionView(id, nominationId, nominationTitle, objectorName, contact, reason, status.name(),
                disposition, handledBy, cn.gov.hunan.chuyi.shared.PortalTime.local(lodgedAt), evidenceName);
    }
}
