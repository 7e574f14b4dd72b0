package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a city's rectification report or of an interview (owner REPORT or INTERVIEW and its id). */
@Entity
@Table(name = "rectification_file")
class RectificationFile extends AttachmentRecord {

    static final String REPORT = "REPORT";
    static final String INTERVIEW = "INTERVIEW";

    @Column(name = "owner_type")
    private String ownerType;

    @Column(name = "owner_id")
    private long ownerId;

    protected RectificationFile() {}

    RectificationFile(String ownerType, long ownerId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    String ownerType() {
        return ownerType;
    }

    long ownerId() {
        return ownerId;
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
