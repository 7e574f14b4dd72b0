package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file supporting a change request (the leader's appointment, the new plan …). */
@Entity
@Table(name = "project_change_request_file")
class ChangeRequestFile extends AttachmentRecord {

    @Column(name = "request_id")
    private long requestId;

    protected ChangeRequestFile() {}

    ChangeRequestFile(long requestId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.requestId = requestId;
    }

    long requestId() {
        return requestId;
    }
}
