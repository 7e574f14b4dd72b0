package cn.gov.hunan.chuyi.thinktank;

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

/** A file of an activity: slides, minutes, the report itself. */
@Entity
@Table(name = "think_tank_attachment")
class ActivityAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Embedded
    private FileColumns file;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ActivityAttachment() {}

    ActivityAttachment(long activityId, StoredFile file, String by, Instant at) {
        this.activityId = activityId;
        this.file = FileColumns.of(file);
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    long id() {
        return id;
    }

    long activityId() {
        return activityId;
    }

    FileColumns file() {
        return file;
    }

    String uploadedBy() {
        return uploadedBy;
    }
}
