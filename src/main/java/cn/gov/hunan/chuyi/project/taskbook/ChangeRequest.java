package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.Role;
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
import java.time.LocalDateTime;

/** A school's request to change its approved task book (项目变更申请): leader, content or targets, period. */
@Entity
@Table(name = "project_change_request")
class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "task_book_id")
    private long taskBookId;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind;

    private String reason;

    @Enumerated(EnumType.STRING)
    private ChangeRequestStatus status = ChangeRequestStatus.SUBMITTED;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected ChangeRequest() {}

    ChangeRequest(long projectId, long taskBookId, ChangeKind kind, String reason, String by, Instant at) {
        this.projectId = projectId;
        this.taskBookId = taskBookId;
        this.kind = kind;
        this.reason = reason;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    /** The department approves or refuses; a refusal needs its comment. Returns the state left. */
    ChangeRequestStatus decide(ChangeRequestMove move, Role role, String comment, String by, Instant at) {
        ChangeRequestStatus to = move.checkedFrom(status, role, "taskbook.change.error.decided");
        if (move == ChangeRequestMove.REFUSE && Text.isBlank(comment)) {
            throw (TaskBookRejected) new TaskBookRejected("taskbook.change.error.comment").at("comment");
        }
        ChangeRequestStatus from = status;
        status = to;
        decisionComment = Text.blankToNull(comment);
        decidedBy = by;
        decidedAt = at;
        return from;
    }

    Long id() {
        return id;
    }

    long projectId() {
        return projectId;
    }

    long taskBookId() {
        return taskBookId;
    }

    ChangeRequestStatus status() {
        return status;
    }

    ChangeKind kind() {
        return kind;
    }

    /** The request as lists and the task book page show it. */
    record Line(
            long id,
            long projectId,
            ChangeKind kind,
            String reason,
            ChangeRequestStatus status,
            String requestedBy,
            LocalDateTime requestedAt,
            String decisionComment,
            String decidedBy,
            LocalDateTime decidedAt) {}

    Line toLine() {
        return new Line(
                id,
                projectId,
                kind,
                reason,
                status,
                requestedBy,
                PortalTime.local(requestedAt),
                decisionComment,
                decidedBy,
                PortalTime.local(decidedAt));
    }
}
