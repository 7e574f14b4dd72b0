package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Evidence attached to a finding, by the inspectors or by the organisation answering it. */
@Entity
@Table(name = "finding_attachment")
class FindingAttachment extends AttachmentRecord {

    @Column(name = "finding_id")
    private long findingId;

    protected FindingAttachment() {}

    FindingAttachment(long findingId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.findingId = findingId;
    }

    long findingId() {
        return findingId;
    }

    EvidenceView toView() {
        return new EvidenceView(
                id(),
                file().originalName(),
                file().sizeBytes(),
                file().sha256(),
                uploadedBy(),
                PortalTime.local(uploadedAt()));
    }
}
