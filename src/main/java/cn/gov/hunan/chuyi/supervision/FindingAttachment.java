package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
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

    protected FindingAttachment() {}

    FindingAttachment(long findingId, StoredFile file, String uploadedBy, Instant at) {
        this.findingId = findingId;
        this.originalName = file.originalName();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    long findingId() {
        return findingId;
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

    EvidenceView toView() {
        return new EvidenceView(id, originalName, sizeBytes, sha256, uploadedBy,
                cn.gov.hunan.chuyi.shared.PortalTime.local(uploadedAt));
    }
}
