package cn.gov.hunan.chuyi.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a plan's, task's or finding's history. Never updated or deleted. */
@Entity
@Table(name = "supervision_state_change")
class SupervisionChange {

    enum Subject {
        PLAN,
        TASK,
        FINDING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
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

    protected SupervisionChange() {}

    SupervisionChange(Subject subject, long subjectId, String from, String to, String actor, String reason, Instant at) {
        this.subjectType = subject;
        this.subjectId = subjectId;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = at;
    }

    SupervisionHistoryLine toLine() {
        return new SupervisionHistoryLine(fromStatus, toStatus, actor, reason,
                cn.gov.hunan.chuyi.shared.PortalTime.local(changedAt));
    }
}
