package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
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

/**
 * An objection (异议) lodged during publicity, in writing under a real name or a unit's name, with a contact
 * telephone, by a signed-in user or by anyone without an account; it gets a recorded disposition. The objector's
 * identity (name, telephone, address) is shown only to the province staff who handle it ({@link #toView}); the
 * objector sees only the disposition, with the reference and the telephone ({@link #toDisposition}).
 */
@Entity
@Table(name = "objection")
class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "nomination_id")
    private long nominationId;

    /** null when lodged without an account */
    @Column(name = "objector_id")
    private Long objectorId;

    @Column(name = "objector_name")
    private String objectorName;

    private String telephone;

    @Column(name = "objector_address")
    private String objectorAddress;

    private String reference;

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
    private ObjectionStatus status = ObjectionStatus.OPEN;

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

    Objection(
            long roundId,
            long nominationId,
            Long objectorId,
            String objectorName,
            String telephone,
            String reason,
            String objectorAddress,
            String reference,
            Instant at) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.objectorId = objectorId;
        this.objectorName = objectorName;
        this.telephone = telephone;
        this.reason = reason;
        this.objectorAddress = objectorAddress;
        this.reference = reference;
        this.lodgedAt = at;
    }

    void attachEvidence(StoredFile file) {
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

    /** Records the disposition through the table ({@link ObjectionMove}): an objection is decided once. */
    void resolve(ObjectionMove move, Role actingRole, String disposition, String actor, Instant at) {
        ObjectionStatus to = move.checkedFrom(status, actingRole, "selection.objection.error.closed");
        if (Text.isBlank(disposition)) {
            throw new ObjectionRejected("selection.objection.error.disposition");
        }
        this.status = to;
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

    /** Whether the telephone typed at a look-up is the one given with the objection (constant time). */
    boolean lodgedWith(String typedTelephone) {
        return Telephone.same(telephone, typedTelephone);
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    ObjectionView toView(String nominationTitle) {
        return new ObjectionView(
                id,
                nominationId,
                nominationTitle,
                objectorName,
                telephone,
                reason,
                status.name(),
                disposition,
                handledBy,
                PortalTime.local(lodgedAt),
                evidenceName,
                reference,
                objectorAddress,
                objectorId == null,
                ObjectionMove.UPHOLD.allowedFrom(status));
    }

    /** What the objector may read back: the state, the disposition and its date, nothing else. */
    ObjectionDisposition toDisposition() {
        return new ObjectionDisposition(
                reference, status.name(), disposition, PortalTime.local(lodgedAt), PortalTime.local(handledAt));
    }
}
