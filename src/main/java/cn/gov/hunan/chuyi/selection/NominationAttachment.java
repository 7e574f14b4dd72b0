package cn.gov.hunan.chuyi.selection;

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

/** A file attached to a nomination (申报附件). */
@Entity
@Table(name = "nomination_attachment")
class NominationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id")
    private long nominationId;

    @Embedded
    private FileColumns file;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected NominationAttachment() {}

    NominationAttachment(long nominationId, StoredFile file, String uploadedBy, Instant at) {
        this.nominationId = nominationId;
        this.file = FileColumns.of(file);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    long nominationId() {
        return nominationId;
    }

    FileColumns file() {
        return file;
    }

    AttachmentView toView() {
        return new AttachmentView(id, file.originalName(), file.contentType(), file.sizeBytes(), file.sha256(), uploadedBy,
                cn.gov.hunan.chuyi.shared.PortalTime.local(uploadedAt));
    }
}
