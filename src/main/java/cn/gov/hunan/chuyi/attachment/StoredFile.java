package cn.gov.hunan.chuyi.attachment;

/** A file as stored: its key on disk, what it really is, its size and SHA-256, the name it came with. */
public record StoredFile(String storageKey, FileType type, long sizeBytes, String sha256, String originalName) {}
