package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a round's or a nomination's history. Never updated or deleted. */
@Entity
@Table(name = "selection_state_change")
class StateChange {

    enum Subject {
        ROUND,
        NOMINATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Subject subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    private String actor;

    private String reason;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected StateChange() {}

    StateChange(Subject subject, long subjectId, String from, String to, String actor, String reason, Instant at) {
        this.subjectType = subject;
        this.subjectId = subjectId;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = at;
    }

    HistoryLine toLine() {
        return new HistoryLine(fromStatus, toStatus, actor, reason, PortalTime.local(changedAt));
    }
}
