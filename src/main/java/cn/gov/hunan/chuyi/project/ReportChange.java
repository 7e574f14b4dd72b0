package cn.gov.hunan.chuyi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an annual report's history. */
@Entity
@Table(name = "annual_report_change")
class ReportChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    private String actor;

    private String reason;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ReportChange() {}

    ReportChange(long reportId, String from, String to, String actor, String reason, Instant at) {
        this.reportId = reportId;
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
