package cn.gov.hunan.chuyi.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept and how large one may be ({@code chuyi.attachment.*}). The request limit is
 * Spring's {@code spring.servlet.multipart.max-request-size}. An Office file is a zip: {@code maxUnpackedSize} and
 * {@code maxParts} bound what it may unpack to (a few kilobytes can declare gigabytes — a zip bomb); real documents
 * stay far below both (a 5 MB report with pictures unpacks to about the same, with some dozens of parts).
 */
@ConfigurationProperties("chuyi.attachment")
public record AttachmentSettings(Path directory, DataSize maxFileSize, DataSize maxUnpackedSize, Integer maxParts) {

    public AttachmentSettings {
        directory = directory == null ? Path.of("data", "attachments") : directory;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxUnpackedSize = maxUnpackedSize == null ? DataSize.ofMegabytes(100) : maxUnpackedSize;
        maxParts = maxParts == null ? 1000 : maxParts;
    }
}
