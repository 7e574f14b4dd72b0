package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an evaluation. */
@Entity
@Table(name = "project_evaluation_file")
class EvaluationFile extends AttachmentRecord {

    @Column(name = "evaluation_id")
    private long evaluationId;

    protected EvaluationFile() {}

    EvaluationFile(long evaluationId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.evaluationId = evaluationId;
    }

    long evaluationId() {
        return evaluationId;
    }
}
