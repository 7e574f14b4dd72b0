package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The form fragments of fragments/forms.html, rendered by Thymeleaf as a page would call them (no application
 * context): what each shows first, and what it shows when its form comes back refused.
 */
class FormFragmentsTests {

    private static final String HEAD = "<html xmlns:th=\"http://www.thymeleaf.org\"><body>";
    private static final String TAIL = "</body></html>";

    private final SpringTemplateEngine engine = engine();

    private static SpringTemplateEngine engine() {
        var files = new FileTemplateResolver();
        files.setPrefix("src/main/resources/templates/");
        files.setSuffix(".html");
        files.setCharacterEncoding("UTF-8");
        files.getResolvablePatternSpec().addPattern("fragments/*");
        files.setOrder(1);
        var strings = new StringTemplateResolver();
        strings.setOrder(2);
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/forms", "i18n/project");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private String render(String body, Map<String, Object> model, Map<String, String> parameters) {
        var request = new MockHttpServletRequest("GET", "/projects");
        parameters.forEach(request::addParameter);
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        // white space between tags and inside them is the template's layout, not what the fragment says
        return engine.process(HEAD + body + TAIL, new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, model))
                .replaceAll("\\s+", " ")
                .replaceAll(">\\s+<", "><");
    }

    private static Map<String, Object> refused(String action, String field, Map<String, String> typed) {
        Map<String, Object> model = new HashMap<>();
        var posted = new HashMap<>(typed);
        posted.put("_action", action);
        model.put("typed", posted);
        model.put("errorKey", "forms.required");
        model.put("errorField", field);
        return model;
    }

    private static final String TITLE_FIELD =
            "<div th:insert=\"~{fragments/forms :: field('title', 'title', 'Title', 'text',"
                    + " 'saved', '/things', true, 200)}\"></div>";

    @Test
    void aFieldShowsItsLabelAndValueFirst() {
        String html = render(TITLE_FIELD, Map.of(), Map.of());
        assertThat(html)
                .contains("<label for=\"title\" class=\"form-label\">Title</label>")
                .contains("id=\"title\"")
                .contains("name=\"title\"")
                .contains("type=\"text\"")
                .contains("value=\"saved\"")
                .contains("required=\"required\"")
                .contains("maxlength=\"200\"")
                .doesNotContain("is-invalid")
                .doesNotContain("refusal");
    }

    @Test
    void aRefusedFieldKeepsWhatWasTypedAndShowsTheReasonBesideIt() {
        String html = render(TITLE_FIELD, refused("/things", "title", Map.of("title", "typed")), Map.of());
        assertThat(html)
                .contains("value=\"typed\"")
                .contains("form-control is-invalid")
                .contains("aria-describedby=\"title-refusal\"")
                .contains("id=\"title-refusal\"")
                .contains("请填写此项。");
    }

    @Test
    void aRefusalOfAnotherFieldOrFormLeavesTheFieldAlone() {
        assertThat(render(TITLE_FIELD, refused("/things", "other", Map.of("title", "typed")), Map.of()))
                .contains("value=\"typed\"")
                .doesNotContain("is-invalid")
                .doesNotContain("请填写此项。");
        assertThat(render(TITLE_FIELD, refused("/elsewhere", "title", Map.of("title", "typed")), Map.of()))
                .contains("value=\"saved\"")
                .doesNotContain("is-invalid");
    }

    @Test
    void aFilterBarHoldsItsFieldsThenSearchAndResetAndKeepsTheChoice() {
        String body = """
                <form th:replace="~{fragments/forms :: filterBar('thing-filter', '/projects', ~{::thingFields}, 'Search', 'Reset')}">
                  <th:block th:fragment="thingFields">
                    <div class="col-md-3" th:insert="~{fragments/forms :: select('status', 'status', 'Status', ~{::statusOptions}, null)}">
                      <th:block th:fragment="statusOptions"><option value="">all</option>
                        <option th:each="s : ${statuses}" th:value="${s}" th:text="${s}" th:selected="${s == param.status?.toString()}">s</option>
                      </th:block>
                    </div>
                  </th:block>
                </form>""";
        String html = render(body, Map.of("statuses", List.of("OPEN", "CLOSED")), Map.of("status", "CLOSED"));
        assertThat(html)
                .contains("<form method=\"get\" action=\"/projects\" id=\"thing-filter\"")
                .contains("<div class=\"col-md-3\"><label for=\"status\" class=\"form-label\">Status</label>")
                .contains("<option value=\"CLOSED\" selected=\"selected\">CLOSED</option>")
                .contains("<option value=\"OPEN\">OPEN</option>")
                .contains(
                        "<button type=\"submit\" class=\"btn btn-outline-danger\" id=\"thing-filter-search\">Search</button>")
                .contains("id=\"thing-filter-reset\" href=\"/projects\">Reset</a>");
        assertThat(html.indexOf("id=\"status\""))
                .as("the fields come before the buttons")
                .isLessThan(html.indexOf("thing-filter-search"));
    }

    private static final String DECISION =
            "<div th:replace=\"~{fragments/forms :: decision('review-card', 'Review', '/things/1/review',"
                    + " 'Comment', 'accept-thing', 'Accept', 'return-thing', 'Return')}\"></div>";

    @Test
    void aDecisionCardPostsAcceptedOrReturnedWithItsComment() {
        String html = render(DECISION, Map.of(), Map.of());
        assertThat(html)
                .contains("id=\"review-card\"")
                .contains("<h2 class=\"h6\">Review</h2>")
                .contains("action=\"/things/1/review\"")
                .contains("name=\"comment\"")
                .contains("aria-label=\"Comment\"")
                .contains("name=\"accepted\" value=\"true\" id=\"accept-thing\"")
                .contains("name=\"accepted\" value=\"false\" id=\"return-thing\"")
                .doesNotContain("is-invalid");
    }

    @Test
    void aReturnWithoutCommentComesBackWithTheReasonBesideTheComment() {
        String html = render(DECISION, refused("/things/1/review", "comment", Map.of("comment", "  ")), Map.of());
        assertThat(html)
                .contains("is-invalid")
                .contains("id=\"comment-refusal\"")
                .contains("请填写此项。");
        assertThat(render(DECISION, refused("/things/2/review", "comment", Map.of("comment", "x")), Map.of()))
                .as("another card's refusal")
                .doesNotContain("is-invalid");
    }

    @Test
    void aPageHeaderGivesTheWayBackTheTitleAndTheActions() {
        String body = """
                <th:block th:replace="~{fragments/forms :: pageHeader('thing-title', 'A thing', '/projects', 'Things', ~{::thingActions})}">
                  <th:block th:fragment="thingActions"><a id="edit-thing" href="/edit">Edit</a></th:block>
                </th:block>""";
        String html = render(body, Map.of(), Map.of());
        assertThat(html)
                .contains("<li class=\"breadcrumb-item\"><a href=\"/projects\">Things</a></li>")
                .contains("aria-current=\"page\">A thing</li>")
                .contains("<h1 class=\"h3 mb-0\" id=\"thing-title\">A thing</h1>")
                .contains("<a id=\"edit-thing\" href=\"/edit\">Edit</a>");
        String list = render(
                "<th:block th:replace=\"~{fragments/forms :: pageHeader('things-title', 'Things', null, null, ~{})}\"></th:block>",
                Map.of(),
                Map.of());
        assertThat(list).doesNotContain("breadcrumb").contains("id=\"things-title\"");
    }
}
