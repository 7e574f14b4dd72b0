package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.attachment.FileColumns;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an annual report. */
@Entity
@Table(name = "annual_report_attachment")
class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    @Embedded
    private FileColumns file;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ReportAttachment() {}

    ReportAttachment(long reportId, StoredFile file, String by, Instant at) {
        this.reportId = reportId;
        this.file = FileColumns.of(file);
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    Long id() {
        return id;
    }

    long reportId() {
        return reportId;
    }

    FileColumns file() {
        return file;
    }

    String uploadedBy() {
        return uploadedBy;
    }
}
