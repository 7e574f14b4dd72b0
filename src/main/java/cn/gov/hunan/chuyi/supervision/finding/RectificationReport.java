package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A city's rectification report (整改报告) on its task: one per task, revised by filing again. */
@Entity
@Table(name = "rectification_report")
class RectificationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private long taskId;

    private String narrative;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Version
    private long version;

    protected RectificationReport() {}

    RectificationReport(long taskId) {
        this.taskId = taskId;
    }

    void file(String narrative, String by, Instant at) {
        this.narrative = narrative;
        this.filedBy = by;
        this.filedAt = at;
    }

    Long id() {
        return id;
    }

    boolean taskIdIs(long task) {
        return taskId == task;
    }

    ReportView toView(List<EvidenceView> files) {
        return new ReportView(id, narrative, filedBy, PortalTime.local(filedAt), files);
    }
}
