package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a nomination (申报附件). */
@Entity
@Table(name = "nomination_attachment")
class NominationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id")
    private long nominationId;

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

    protected NominationAttachment() {}

    NominationAttachment(long nominationId, StoredFile file, String uploadedBy, Instant at) {
        this.nominationId = nominationId;
        this.originalName = file.originalName();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    long nominationId() {
        return nominationId;
    }

    String storageKey() {
        return storageKey;
    }

    AttachmentView toView() {
        return new AttachmentView(id, originalName, contentType, sizeBytes, sha256, uploadedBy,
                cn.gov.hunan.chuyi.shared.PortalTime.local(uploadedAt));
    }
}
