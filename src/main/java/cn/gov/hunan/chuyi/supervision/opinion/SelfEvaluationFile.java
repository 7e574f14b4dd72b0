package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** A file of a self-evaluation report (supporting material), stored through the attachment module. */
@Entity
@Table(name = "supervision_self_evaluation_file")
class SelfEvaluationFile extends AttachmentRecord {

    @Column(name = "self_evaluation_id")
    private long selfEvaluationId;

    protected SelfEvaluationFile() {}

    SelfEvaluationFile(long selfEvaluationId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.selfEvaluationId = selfEvaluationId;
    }

    long selfEvaluationId() {
        return selfEvaluationId;
    }

    FileView toView() {
        return new FileView(
                id(), file().originalName(), file().sizeBytes(), uploadedBy(), PortalTime.local(uploadedAt()));
    }

    /** A file as the page lists it. */
    public record FileView(long id, String name, long sizeBytes, String uploadedBy, LocalDateTime uploadedAt) {}
}
