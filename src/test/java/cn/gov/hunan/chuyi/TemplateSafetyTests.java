package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content-security policy ({@code default-src 'self'}) blocks inline styles, inline scripts and event
 * handlers: a template that uses one renders wrong in the browser without any test noticing. This one does.
 */
class TemplateSafetyTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style=\"");
    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+=\"");
    private static final Pattern REMOTE = Pattern.compile("(src|href)=\"(https?:)?//");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void noTemplateUsesWhatThePolicyBlocksOrLoadsAnythingFromElsewhere() throws IOException {
        for (Path template : templates()) {
            String html = Files.readString(template);
            assertThat(STYLE_ATTRIBUTE.matcher(html).find())
                    .as("style attribute in " + template)
                    .isFalse();
            assertThat(INLINE_SCRIPT.matcher(html).find())
                    .as("inline script in " + template)
                    .isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find())
                    .as("event handler attribute in " + template)
                    .isFalse();
            assertThat(REMOTE.matcher(html).find())
                    .as("remote resource in " + template)
                    .isFalse();
        }
    }
}
