package cn.gov.hunan.chuyi.attachment;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the portal hands out a file: always as a download under the type it detected (never rendered inline
 * with a type the uploader chose), named with that type's extension ({@link FileNames}, which also renames files
 * stored before names followed the type), with {@code nosniff}.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<Resource> attachment(String name, String contentType, Resource content) {
        String served = FileType.ofContentType(contentType)
                .map(type -> FileNames.forType(name, type))
                .orElse(name);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachmentHeader(served))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
