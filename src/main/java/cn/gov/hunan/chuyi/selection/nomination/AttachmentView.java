package cn.gov.hunan.chuyi.selection.nomination;

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

    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024
                ? String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0)
                : String.format("%.0f KB", Math.ceil(sizeBytes / 1024.0));
    }
}
