package cn.gov.hunan.chuyi.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The columns every module's attachment table keeps of a stored file: the name it came with, the type the
 * portal detected, its size, its SHA-256 and its key on disk. Embedded by each module's own entity.
 */
@Embeddable
public class FileColumns {

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    protected FileColumns() {}

    public static FileColumns of(StoredFile file) {
        var columns = new FileColumns();
        columns.originalName = file.originalName();
        columns.contentType = file.type().contentType();
        columns.sizeBytes = file.sizeBytes();
        columns.sha256 = file.sha256();
        columns.storageKey = file.storageKey();
        return columns;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }
}
