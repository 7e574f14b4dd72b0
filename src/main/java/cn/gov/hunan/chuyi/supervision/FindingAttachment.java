package cn.gov.hunan.chuyi.supervision;

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

/** Evidence attached to a finding, by the inspectors or by the organisation answering it. */
@Entity
@Table(name = "finding_attachment")
class FindingAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_id")
    private long findingId;

    @Embedded
    private FileColumns file;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected FindingAttachment() {}

    FindingAttachment(long findingId, StoredFile file, String uploadedBy, Instant at) {
        this.findingId = findingId;
        this.file = FileColumns.of(file);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    long findingId() {
        return findingId;
    }

    FileColumns file() {
        return file;
    }

    EvidenceView toView() {
        return new EvidenceView(id, file.originalName(), file.sizeBytes(), file.sha256(), uploadedBy,
                cn.gov.hunan.chuyi.shared.PortalTime.local(uploadedAt));
    }
}
