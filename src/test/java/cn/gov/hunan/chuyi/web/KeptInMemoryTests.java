package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/** A static file is read once and then served from memory, with its name, date and bytes unchanged. */
class KeptInMemoryTests {

    /** The rest of the chain: answers with one resource, or none. */
    private static ResourceResolverChain answering(Resource resource) {
        return new ResourceResolverChain() {
            @Override
            public Resource resolveResource(
                    HttpServletRequest request, String requestPath, List<? extends Resource> locations) {
                return resource;
            }

            @Override
            public String resolveUrlPath(String resourcePath, List<? extends Resource> locations) {
                return resourcePath;
            }
        };
    }

    private final KeptInMemory resolver = new KeptInMemory();

    @Test
    void aFileIsServedFromMemoryWithItsNameDateAndContent() throws IOException {
        Resource original = new ClassPathResource("static/css/portal.css");

        Resource kept = resolver.resolveResource(null, "portal.css", List.of(), answering(original));

        assertThat(kept).isInstanceOf(KeptInMemory.Kept.class);
        assertThat(kept.getFilename()).isEqualTo("portal.css");
        assertThat(kept.lastModified()).isEqualTo(original.lastModified());
        assertThat(kept.contentLength()).isEqualTo(original.contentLength());
        assertThat(kept.getInputStream().readAllBytes()).isEqualTo(original.getContentAsByteArray());
        // each reader gets the whole file
        assertThat(kept.getInputStream().readAllBytes()).hasSize((int) original.contentLength());
    }

    @Test
    void aMissingFileStaysMissing() {
        assertThat(resolver.resolveResource(null, "no-such-file.css", List.of(), answering(null)))
                .isNull();
    }

    @Test
    void aFileLargerThanTheBoundIsServedAsBefore() {
        Resource large = new ByteArrayResource(new byte[(int) KeptInMemory.MAX_BYTES + 1]);

        assertThat(resolver.resolveResource(null, "large.js", List.of(), answering(large)))
                .isSameAs(large);
    }
}
