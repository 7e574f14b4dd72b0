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
 * "??AuditAction.PASSWORD_CHANGE_zh_CN??" in the log and its filter, and later the same for the API's calls, whose
 * action is a constant ({@code ApiKeyFilter.ACTION}). So has every problem an API call is refused with, which the
 * log keeps by its slug.
 */
class AuditActionLabelsTests {

    private static final Pattern PUBLISHED = Pattern.compile("new Audited\\(\\s*[^,]+,\\s*(\"[A-Z_]+\"|[A-Z_]+)\\s*,");
    private static final Pattern PROBLEM = Pattern.compile("[A-Z_]+\\(\\d{3}, \"([a-z-]+)\"\\)");

    @Test
    void everyActionWrittenByTheCodeHasALabelInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                PUBLISHED.matcher(code).results().forEach(m -> actions.add(action(m.group(1), code, source)));
            }
        }
        assertThat(actions)
                .as("the scan finds the actions, written out or as a constant")
                .contains("PASSWORD_CHANGE", "LOCKOUT", "ACCESS", "API_CALL")
                .hasSizeGreaterThan(5);
        for (String bundle : new String[] {"audit.properties", "audit_en.properties"}) {
            Properties labels = labels(bundle);
            assertThat(actions).as(bundle).allMatch(action -> labels.containsKey("AuditAction." + action));
        }
    }

    @Test
    void everyProblemOfTheApiHasALabelInBothLanguages() throws IOException {
        Set<String> slugs = new TreeSet<>();
        PROBLEM.matcher(Files.readString(Path.of("src/main/java/cn/gov/hunan/chuyi/api/ApiProblem.java")))
                .results()
                .forEach(m -> slugs.add(m.group(1)));
        assertThat(slugs).as("the scan finds the problems").contains("rate-limited", "expired-key", "refused");
        for (String bundle : new String[] {"audit.properties", "audit_en.properties"}) {
            Properties labels = labels(bundle);
            assertThat(slugs).as(bundle).allMatch(slug -> labels.containsKey("AuditProblem." + slug));
        }
    }

    /** The action written out, or the value of the constant of that name in the same source. */
    private static String action(String argument, String code, Path source) {
        if (argument.startsWith("\"")) {
            return argument.substring(1, argument.length() - 1);
        }
        var constant =
                Pattern.compile("String " + argument + " = \"([A-Z_]+)\";").matcher(code);
        assertThat(constant.find())
                .as("the constant %s in %s", argument, source)
                .isTrue();
        return constant.group(1);
    }

    private static Properties labels(String bundle) throws IOException {
        Properties labels = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
            labels.load(in);
        }
        return labels;
    }
}
