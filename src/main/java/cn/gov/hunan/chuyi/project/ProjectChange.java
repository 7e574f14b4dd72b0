package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a project's history. Never updated or deleted. */
@Entity
@Table(name = "project_state_change")
class ProjectChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    private String actor;

    private String reason;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ProjectChange() {}

    ProjectChange(long projectId, String from, String to, String actor, String reason, Instant at) {
        this.projectId = projectId;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = at;
    }

    ProjectHistoryLine toLine() {
        return new ProjectHistoryLine(fromStatus, toStatus, actor, reason, cn.gov.hunan.chuyi.shared.PortalTime.local(changedAt));
    }
}
