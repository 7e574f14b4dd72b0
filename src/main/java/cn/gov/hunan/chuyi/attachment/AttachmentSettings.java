package cn.gov.hunan.chuyi.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept and how large one may be ({@code chuyi.attachment.*}). The request limit is
 * Spring's {@code spring.servlet.multipart.max-request-size}.
 */
@ConfigurationProperties("chuyi.attachment")
public record AttachmentSettings(Path directory, DataSize maxFileSize) {

    public AttachmentSettings {
        directory = directory == null ? Path.of("data", "attachments") : directory;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    }
}
