package cn.gov.hunan.chuyi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Keeps the bytes of each static file the chain resolved, so serving it again reads memory: from the packaged jar,
 * every request inflated the file from its nested jar and asked the file system for its date (by way of an exception
 * for a file inside a jar) — a fifth of a static request's CPU (profiled, docs/performance.md). Placed after the
 * chain's caching resolver, which then keeps these resources; files above {@link #MAX_BYTES} are served as before.
 */
final class KeptInMemory extends AbstractResourceResolver {

    /** Larger than any file the portal serves (Bootstrap's style sheet is 230 kB, ECharts 1 MB). */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    @Override
    protected Resource resolveResourceInternal(
            HttpServletRequest request,
            String requestPath,
            List<? extends Resource> locations,
            ResourceResolverChain chain) {
        Resource resolved = chain.resolveResource(request, requestPath, locations);
        if (resolved == null) {
            return null;
        }
        try {
            long length = resolved.contentLength();
            if (length < 0 || length > MAX_BYTES) {
                return resolved;
            }
            return new Kept(resolved);
        } catch (IOException e) {
            return resolved;
        }
    }

    @Override
    protected String resolveUrlPathInternal(
            String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    /** A file's bytes, name, date and (for a versioned file) response headers, read once. */
    static final class Kept extends AbstractResource implements HttpResource {

        private final byte[] content;
        private final String filename;
        private final long lastModified;
        private final String description;
        private final HttpHeaders headers;

        Kept(Resource original) throws IOException {
            try (InputStream in = original.getInputStream()) {
                this.content = in.readAllBytes();
            }
            this.filename = original.getFilename();
            this.lastModified = original.lastModified();
            this.description = original.getDescription();
            this.headers = original instanceof HttpResource http ? http.getResponseHeaders() : new HttpHeaders();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public boolean isReadable() {
            return true;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public byte[] getContentAsByteArray() {
            return content.clone();
        }

        @Override
        public long contentLength() {
            return content.length;
        }

        @Override
        public long lastModified() {
            return lastModified;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getDescription() {
            return "kept in memory: " + description;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            return headers;
        }
    }
}
