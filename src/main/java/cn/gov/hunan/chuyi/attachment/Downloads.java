package cn.gov.hunan.chuyi.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the portal hands out a file: always as a download under the type it detected (never rendered inline
 * with a type the uploader chose), with the original name and {@code nosniff}.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<Resource> attachment(String name, String contentType, Resource content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
