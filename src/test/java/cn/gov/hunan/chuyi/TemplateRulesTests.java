package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages ask, never decide (issue #15): a template shows what its page record says ({@code ${page.mayClose}}) and
 * does not re-encode a rule the service already knows. It holds no type expression {@code T(…)} (a role, an enum, a
 * static helper reached from the page), no comparison with a state's name ({@code == 'OPEN'}, {@code != 'DRAFT'},
 * {@code .name() == …}, {@code th:case="'OPEN'"}) and no check of the user's roles ({@code #authorization},
 * {@code hasRole}, {@code hasAuthority}, {@code sec:authorize}). Showing a state's label by its key
 * ({@code #{prefix.${status}}}) is fine.
 */
class TemplateRulesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** What each rule forbids, by what it says to the reader. */
    private static final Map<String, Pattern> RULES = Map.of(
            "a type expression T(…)", Pattern.compile("(?<![\\w.$])T\\("),
            "a comparison with a state's name",
                    Pattern.compile("([=!]=|\\b(eq|ne))\\s*'[A-Z][A-Z0-9_]*'|'[A-Z][A-Z0-9_]*'\\s*([=!]=|\\b(eq|ne)\\b)"
                            + "|\\.name\\(\\)\\s*([=!]=|\\b(eq|ne)\\b)|th:case=\"'[A-Z][A-Z0-9_]*'\""),
            "a check of the user's roles",
                    Pattern.compile("#authorization|\\bhas(Any)?Role\\b|\\bhas(Any)?Authority\\b|sec:authorize"));

    @Test
    void templatesAskTheirPageAndDecideNothing() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            offences.addAll(offences(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertThat(offences)
                .as(offences.size() + " offences:\n" + String.join("\n", offences))
                .isEmpty();
    }

    /** The rules themselves, on lines written for the purpose: they catch what they should and nothing else. */
    @Test
    void theRulesCatchWhatTheyForbidAndLetLabelsThrough() {
        assertThat(offences("t.html", "<a th:if=\"${viewer.has(T(cn.gov.hunan.chuyi.account.Role).PROVINCE_ADMIN)}\">"))
                .containsExactly(
                        "t.html:1: a type expression T(…): <a th:if=\"${viewer.has(T(cn.gov.hunan.chuyi.account.Role).PROVINCE_ADMIN)}\">");
        assertThat(offences("t.html", "<p th:if=\"${round.status() == 'OPEN'}\">"))
                .hasSize(1);
        assertThat(offences("t.html", "<p th:if=\"${'DRAFT' != n.status}\">")).hasSize(1);
        assertThat(offences("t.html", "<p th:if=\"${n.status.name() == s}\">")).hasSize(1);
        assertThat(offences("t.html", "<p th:unless=\"${task.status eq 'REPORTED'}\">"))
                .hasSize(1);
        assertThat(offences("t.html", "<span th:case=\"'CLOSED'\">")).hasSize(1);
        assertThat(offences("t.html", "<li sec:authorize=\"hasRole('EXPERT')\">"))
                .hasSize(1);
        assertThat(offences("t.html", "<li th:if=\"${#authorization.expression('isAuthenticated()')}\">"))
                .hasSize(1);
        assertThat(offences("t.html", "<p>\n<b th:if=\"${viewer.hasAuthority('X')}\">"))
                .singleElement()
                .asString()
                .startsWith("t.html:2:");

        assertThat(offences("t.html", "<td th:text=\"#{|RoundStatus.${round.status()}|}\">"))
                .isEmpty();
        assertThat(offences("t.html", "<p th:if=\"${page.mayClose}\" th:text=\"#{selection.round.close}\">"))
                .isEmpty();
        assertThat(offences("t.html", "<span th:case=\"'notification.nomination.status'\">"))
                .isEmpty();
        assertThat(offences("t.html", "<p th:if=\"${lines.size() == 0}\" th:with=\"a=${x == 'en'}\">"))
                .isEmpty();
        assertThat(offences("t.html", "<input type=\"text\" name=\"TOTAL\">")).isEmpty();
    }

    /** Each offence as {@code file:line: rule: the line}. */
    static List<String> offences(String name, String html) {
        List<String> offences = new ArrayList<>();
        String[] lines = html.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (var rule : RULES.entrySet()) {
                if (rule.getValue().matcher(lines[i]).find()) {
                    offences.add(name + ":" + (i + 1) + ": " + rule.getKey() + ": " + lines[i].strip());
                }
            }
        }
        return offences;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
