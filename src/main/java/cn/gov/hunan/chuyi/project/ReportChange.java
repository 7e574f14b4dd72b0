package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an annual report's history. */
@Entity
@Table(name = "annual_report_change")
class ReportChange extends HistoryEntry {

    @Column(name = "report_id")
    private long reportId;

    protected ReportChange() {}

    ReportChange(long reportId, String from, String to, String actor, String reason, Instant at) {
        super(from, to, actor, reason, at);
        this.reportId = reportId;
    }
}
