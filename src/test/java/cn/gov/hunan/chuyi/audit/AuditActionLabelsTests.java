package cn.gov.hunan.chuyi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the code writes into the audit log has its label in both languages: the auditor once saw
 * "??AuditAction.PASSWORD_CHANGE_zh_CN??" in the log and its filter.
 */
class AuditActionLabelsTests {

    private static final Pattern PUBLISHED = Pattern.compile("new Audited\\(\\s*[^,]+,\\s*\"([A-Z_]+)\"");

    @Test
    void everyActionWrittenByTheCodeHasALabelInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                PUBLISHED.matcher(Files.readString(source)).results().forEach(m -> actions.add(m.group(1)));
            }
        }
        assertThat(actions)
                .as("the scan finds the actions")
                .contains("PASSWORD_CHANGE", "LOCKOUT", "ACCESS")
                .hasSizeGreaterThan(5);
        for (String bundle : new String[] {"audit.properties", "audit_en.properties"}) {
            Properties labels = new Properties();
            try (Reader in =
                    Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
                labels.load(in);
            }
            assertThat(actions).as(bundle).allMatch(action -> labels.containsKey("AuditAction." + action));
        }
    }
}
