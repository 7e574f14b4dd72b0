package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A reset of a privileged account's password or second factor, asked by one administrator and decided by another
 * (双人复核). {@code PENDING → APPROVED → DONE}, or {@code PENDING → REFUSED}, by the moves of {@link ResetMove}; an
 * approval not carried out within a day lapses, so that a forgotten approval cannot be used weeks later.
 */
@Entity
@Table(name = "account_reset_request")
class ResetRequest {

    static final Duration APPROVAL_LIFETIME = Duration.ofHours(24);

    enum Kind {
        PASSWORD,
        SECOND_FACTOR
    }

    enum Status {
        PENDING,
        APPROVED,
        REFUSED,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "requested_by")
    private String requestedBy;

    private String reason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String decision;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected ResetRequest() {}

    ResetRequest(long userId, Kind kind, String requestedBy, String reason, Instant at) {
        this.userId = userId;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.requestedAt = at;
        this.status = Status.PENDING;
    }

    /** Approved by someone other than the requester; the service has checked who may approve this account. */
    void approve(PortalUser approver, Instant at) {
        Status next = ResetMove.APPROVE.checkedFrom(status, approver);
        if (approver.getUsername().equals(requestedBy)) {
            throw new AccountRejected("account.reset.error.ownRequest");
        }
        this.status = next;
        this.decidedBy = approver.getUsername();
        this.decidedAt = at;
    }

    void refuse(PortalUser approver, String why, Instant at) {
        this.status = ResetMove.REFUSE.checkedFrom(status, approver);
        this.decidedBy = approver.getUsername();
        this.decision = why;
        this.decidedAt = at;
    }

    /** Carried out, once, within a day of the approval: see {@link ResetMove#carryingOut} for who does it. */
    void carryOut(PortalUser actor, Instant at) {
        Status next = ResetMove.carryingOut(kind).checkedFrom(status, actor);
        if (lapsed(at)) {
            throw new AccountRejected("account.reset.error.lapsed");
        }
        this.status = next;
        this.doneAt = at;
    }

    boolean lapsed(Instant now) {
        return status == Status.APPROVED && decidedAt.plus(APPROVAL_LIFETIME).isBefore(now);
    }

    /** Still waiting for a decision, or approved and not yet carried out. */
    boolean open(Instant now) {
        return status == Status.PENDING || status == Status.APPROVED && !lapsed(now);
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    Kind kind() {
        return kind;
    }

    Status status() {
        return status;
    }

    String requestedBy() {
        return requestedBy;
    }

    String reason() {
        return reason;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decision() {
        return decision;
    }

    long version() {
        return version;
    }
}
