package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a project's history. */
@Entity
@Table(name = "project_state_change")
class ProjectChange extends HistoryEntry {

    @Column(name = "project_id")
    private long projectId;

    protected ProjectChange() {}

    ProjectChange(long projectId, String from, String to, String actor, String reason, Instant at) {
        super(from, to, actor, reason, at);
        this.projectId = projectId;
    }

    /** A change whose reason the portal gives (a message key shown in the reader's language). */
    ProjectChange(long projectId, String from, String to, String actor, HistoryReason reason, Instant at) {
        super(from, to, actor, reason, at);
        this.projectId = projectId;
    }
}
