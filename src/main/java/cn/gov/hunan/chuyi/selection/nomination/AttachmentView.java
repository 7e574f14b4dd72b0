package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.time.LocalDateTime;

/** An attachment as listed on a nomination. */
public record AttachmentView(
        long id,
        String originalName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        LocalDateTime uploadedAt) {

    /** A nomination's attachment or document as listed: the file, who uploaded it and when (portal time). */
    static AttachmentView of(AttachmentRecord record) {
        return new AttachmentView(
                record.id(),
                record.file().originalName(),
                record.file().contentType(),
                record.file().sizeBytes(),
                record.file().sha256(),
                record.uploadedBy(),
                PortalTime.local(record.uploadedAt()));
    }

    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024
                ? String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0)
                : String.format("%.0f KB", Math.ceil(sizeBytes / 1024.0));
    }
}
