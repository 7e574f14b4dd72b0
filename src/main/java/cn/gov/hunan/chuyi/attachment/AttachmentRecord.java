package cn.gov.hunan.chuyi.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every module's attachment row keeps: the stored file, who uploaded it and when. Each module's entity adds
 * the column that says what the file belongs to (a nomination, a finding, a report, an activity).
 */
@MappedSuperclass
public abstract class AttachmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private FileColumns file;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AttachmentRecord() {}

    protected AttachmentRecord(StoredFile file, String uploadedBy, Instant uploadedAt) {
        this.file = FileColumns.of(file);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public FileColumns file() {
        return file;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
