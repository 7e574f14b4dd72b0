package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.shared.PortalTime;
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
import java.time.LocalDate;

/** A request for a later rectification deadline (延期申请), with its reason and the decision on it. */
@Entity
@Table(name = "finding_extension")
class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_id")
    private long findingId;

    private String reason;

    @Column(name = "proposed_deadline")
    private LocalDate proposedDeadline;

    @Column(name = "previous_deadline")
    private LocalDate previousDeadline;

    @Enumerated(EnumType.STRING)
    private ExtensionStatus status = ExtensionStatus.PENDING;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected Extension() {}

    Extension(
            long findingId,
            String reason,
            LocalDate proposedDeadline,
            LocalDate previousDeadline,
            String requestedBy,
            Instant at) {
        this.findingId = findingId;
        this.reason = reason;
        this.proposedDeadline = proposedDeadline;
        this.previousDeadline = previousDeadline;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    /** Approves or refuses the request; returns the state it was in. A refusal needs its reason. */
    ExtensionStatus decide(Role role, boolean approve, String note, String by, Instant at) {
        ExtensionStatus to = (approve ? ExtensionMove.APPROVE : ExtensionMove.REFUSE)
                .checkedFrom(status, role, ExtensionMove.REFUSAL);
        if (!approve && (note == null || note.isBlank())) {
            throw new FindingRejected("supervision.extension.error.note").at("note");
        }
        ExtensionStatus from = status;
        status = to;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        return from;
    }

    /**
     * Withdraws the pending request because its item was answered meanwhile ({@link ExtensionMove#LAPSE}, by the
     * portal: {@code role} null); returns the state it was in.
     */
    ExtensionStatus lapse(Role role, Instant at) {
        ExtensionStatus to = ExtensionMove.LAPSE.checkedFrom(status, role, ExtensionMove.REFUSAL);
        ExtensionStatus from = status;
        status = to;
        decidedAt = at;
        return from;
    }

    Long id() {
        return id;
    }

    long findingId() {
        return findingId;
    }

    ExtensionStatus status() {
        return status;
    }

    LocalDate proposedDeadline() {
        return proposedDeadline;
    }

    ExtensionView toView() {
        return new ExtensionView(
                id,
                reason,
                proposedDeadline,
                previousDeadline,
                status,
                requestedBy,
                PortalTime.local(requestedAt),
                decidedBy,
                PortalTime.local(decidedAt),
                decisionNote,
                version);
    }
}
