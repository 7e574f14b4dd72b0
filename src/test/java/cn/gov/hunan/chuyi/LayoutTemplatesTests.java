package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the layout promises for every page, checked on the templates themselves so that a new page cannot miss it
 * (the browser test sees only the pages it opens): the title reads "page — portal", every table scrolls in its own
 * container, and no table header cell is empty for a screen reader.
 */
class LayoutTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TABLE = Pattern.compile("<table(?![^>]*th:(replace|insert)=)[^>]*>");
    private static final Pattern EMPTY_HEADER = Pattern.compile("<th(\\s[^>]*)?>\\s*</th>");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /**
     * The layout writes "{page} — {portal}" into one title element; a page's own title element would end up inside
     * it, so each page unwraps it with {@code th:remove="tag"}.
     */
    @Test
    void everyPageGivesOnlyTheTextOfItsTitle() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            if (html.contains("fragments/layout :: layout(") && !html.contains("<title th:remove=\"tag\"")) {
                wrong.add(TEMPLATES.relativize(template).toString());
            }
        }
        assertThat(wrong).as("pages whose <title> lacks th:remove=\"tag\"").isEmpty();
    }

    /** Wide tables scroll inside their container; the page itself never gets wider than the window. */
    @Test
    void everyTableSitsInAScrollingContainer() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path template : templates()) {
            if (template.endsWith(Path.of("thinktank", "rows.html"))) {
                continue; // a table only to hold the row fragments; the list page wraps the real ones
            }
            String html = Files.readString(template);
            var table = TABLE.matcher(html);
            while (table.find()) {
                String before = html.substring(0, table.start());
                int container = before.lastIndexOf("table-responsive");
                if (container < 0 || before.substring(container).contains("</div>")) {
                    bare.add(TEMPLATES.relativize(template) + ": " + table.group());
                }
            }
        }
        assertThat(bare).as("tables outside a .table-responsive container").isEmpty();
    }

    @Test
    void noTableHeaderCellIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Path template : templates()) {
            var header = EMPTY_HEADER.matcher(Files.readString(template));
            while (header.find()) {
                empty.add(TEMPLATES.relativize(template) + ": " + header.group());
            }
        }
        assertThat(empty).as("empty <th>: give it a visually hidden name").isEmpty();
    }
}
