package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a nomination (申报附件). */
@Entity
@Table(name = "nomination_attachment")
class NominationAttachment extends AttachmentRecord {

    @Column(name = "nomination_id")
    private long nominationId;

    protected NominationAttachment() {}

    NominationAttachment(long nominationId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.nominationId = nominationId;
    }

    long nominationId() {
        return nominationId;
    }

    AttachmentView toView() {
        return AttachmentView.of(this);
    }
}
