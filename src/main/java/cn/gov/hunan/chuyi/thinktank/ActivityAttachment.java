package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of an activity: slides, minutes, the report itself. */
@Entity
@Table(name = "think_tank_attachment")
class ActivityAttachment extends AttachmentRecord {

    @Column(name = "activity_id")
    private long activityId;

    protected ActivityAttachment() {}

    ActivityAttachment(long activityId, StoredFile file, String uploadedBy, Instant at) {
        super(file, uploadedBy, at);
        this.activityId = activityId;
    }

    long activityId() {
        return activityId;
    }
}
