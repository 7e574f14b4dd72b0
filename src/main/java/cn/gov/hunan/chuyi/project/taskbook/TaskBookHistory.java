package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line of the project's history (the same table as the project's own lines, so that the project page shows one
 * history) written by a task-book step or a change request: the project's state stays as it was, the reason is a
 * {@code taskbook.history.*} key naming the step and the version or request.
 */
@Entity
@Table(name = "project_state_change")
class TaskBookHistory extends HistoryEntry {

    @Column(name = "project_id")
    private long projectId;

    protected TaskBookHistory() {}

    TaskBookHistory(long projectId, String projectStatus, String actor, HistoryReason reason, Instant at) {
        super(projectStatus, projectStatus, actor, reason, at);
        this.projectId = projectId;
    }
}
