package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an annual report. */
@Entity
@Table(name = "annual_report_attachment")
class ReportAttachment extends AttachmentRecord {

    @Column(name = "report_id")
    private long reportId;

    protected ReportAttachment() {}

    ReportAttachment(long reportId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.reportId = reportId;
    }

    long reportId() {
        return reportId;
    }
}
