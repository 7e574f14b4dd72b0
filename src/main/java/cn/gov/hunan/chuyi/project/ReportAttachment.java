package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
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

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ReportAttachment() {}

    ReportAttachment(long reportId, StoredFile file, String by, Instant at) {
        this.reportId = reportId;
        this.originalName = file.originalName();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    Long id() {
        return id;
    }

    long reportId() {
        return reportId;
    }

    String storageKey() {
        return storageKey;
    }

    String originalName() {
        return originalName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String uploadedBy() {
        return uploadedBy;
    }
}
