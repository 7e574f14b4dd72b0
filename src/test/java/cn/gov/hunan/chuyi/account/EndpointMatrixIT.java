package cn.gov.hunan.chuyi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, read from the application context, against the roles that may call
 * it. A new endpoint without a line in {@link #EXPECTED} fails the build, as does a rule that differs from
 * its line. The role rule is the endpoint's {@code @PreAuthorize} (method, else class) evaluated by Spring
 * Security's own expression handler for each demo account; anonymous visitors are sent through the real
 * filter chain. Object-level rules (another city's school, another school's record) are in the module tests.
 */
class EndpointMatrixIT extends PostgresIntegrationTest {

    /** One letter per demo account: the roles of product.md §8. */
    private static final Map<Character, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put('A', "admin"); // PROVINCE_ADMIN
        ACCOUNTS.put('C', "changsha"); // CITY_OFFICER
        ACCOUNTS.put('S', "hngy"); // SCHOOL_ADMIN
        ACCOUNTS.put('E', "expert1"); // EXPERT
        ACCOUNTS.put('I', "inspector1"); // INSPECTOR
        ACCOUNTS.put('U', "auditor"); // AUDITOR
        ACCOUNTS.put('Y', "sysadmin"); // SYSTEM_ADMIN
        ACCOUNTS.put('K', "secadmin"); // SECURITY_ADMIN
    }

    private static final String EVERYONE = "ACSEIUYK";
    private static final String BUSINESS = "ACSEI";

    /**
     * Who may call what: "METHOD pattern" → the accounts that pass the role rule, and whether anonymous visitors
     * may (a leading '*'). Reviewed by hand: change a line only when the rule is meant to change.
     */
    private static final Map<String, String> EXPECTED = new TreeMap<>();

    static {
        // sign-in, dashboard, notifications
        rule("GET /login", "*" + EVERYONE);
        rule("GET /", EVERYONE);
        rule("GET /notifications", EVERYONE);
        rule("POST /notifications/read", EVERYONE);
        rule("GET /notifications/preferences", EVERYONE);
        rule("POST /notifications/preferences", EVERYONE);
        // one's own account, and the second step of sign-in (only while a sign-in waits for its code)
        rule("GET /account/password", EVERYONE);
        rule("POST /account/password", EVERYONE);
        rule("GET /account/two-factor", EVERYONE);
        rule("POST /account/two-factor", EVERYONE);
        rule("POST /account/two-factor/remove", EVERYONE);
        rule("GET /account/two-factor/qr.svg", EVERYONE);
        rule("GET /account/sessions", EVERYONE);
        rule("POST /account/sessions/sign-out-everywhere", EVERYONE);
        rule("GET /login/two-factor", "");
        rule("POST /login/two-factor", "");
        rule("GET /login/two-factor/qr.svg", EVERYONE);
        // accounts (system administrator), roles and the security policy (security administrator)
        rule("GET /admin/users", "YK");
        rule("GET /admin/users/{id}", "YK");
        rule("GET /admin/users/new", "Y");
        rule("POST /admin/users", "Y");
        rule("POST /admin/users/{id}", "Y");
        rule("POST /admin/users/{id}/enabled", "Y");
        rule("POST /admin/users/{id}/password", "Y");
        rule("POST /admin/users/{id}/roles", "K");
        rule("POST /admin/users/{id}/lockout/release", "K");
        // resets of privileged accounts and of second factors: the system administrator asks and collects, the security
        // administrator decides (two-person rule)
        rule("POST /admin/users/{id}/two-factor", "Y");
        rule("GET /admin/resets", "YK");
        rule("GET /admin/resets/{id}", "YK");
        rule("POST /admin/resets/{id}/approve", "K");
        rule("POST /admin/resets/{id}/refuse", "K");
        rule("POST /admin/resets/{id}/collect", "Y");
        rule("GET /admin/policy", "K");
        rule("POST /admin/policy", "K");
        // catalogue, directory, coverage
        rule("GET /programs", BUSINESS);
        rule("GET /programs/{code}", BUSINESS);
        rule("GET /programs/{code}/target", "A");
        rule("POST /programs/{code}/target", "A");
        rule("GET /programs/{code}/indicators", "A");
        rule("POST /programs/{code}/indicators", "A");
        rule("POST /programs/{code}/indicators/{id}", "A");
        rule("POST /programs/{code}/indicators/{id}/active", "A");
        rule("POST /programs/{code}/indicators/{id}/move", "A");
        rule("GET /organizations", BUSINESS);
        rule("GET /organizations/{id}", BUSINESS);
        rule("GET /organizations/{id}/administration", "A");
        rule("POST /organizations/{id}/administration", "A");
        rule("GET /coverage", "ACI");
        rule("GET /coverage.xlsx", "ACI");
        // selection rounds, nominations, reviews, publicity (public pages; anyone may object and look up the
        // disposition)
        rule("GET /experts", "A");
        rule("GET /experts/{id}/edit", "A");
        rule("POST /experts/{id}", "A");
        rule("GET /nominations", "ACS");
        rule("GET /nominations/new", "S");
        rule("GET /nominations/{id}", "ACSE");
        rule("GET /nominations/{id}/attachments/{attachmentId}", "ACSE");
        rule("GET /nominations/{id}/edit", "S");
        rule("GET /publicity", "*" + EVERYONE);
        rule("GET /publicity/{roundId}", "*" + EVERYONE);
        rule("GET /publicity/{roundId}/list.xlsx", "*" + EVERYONE);
        rule("GET /publicity/{roundId}/print", "*" + EVERYONE);
        rule("GET /publicity/lookup", "*" + EVERYONE);
        rule("POST /publicity/lookup", "*" + EVERYONE);
        rule("GET /reviews", "E");
        rule("GET /reviews/{id}", "E");
        rule("GET /rounds", "ACSE");
        rule("GET /rounds/new", "A");
        rule("GET /rounds/{id}", "ACSE");
        rule("GET /rounds/{id}/assignments", "A");
        rule("GET /rounds/{id}/edit", "A");
        rule("GET /rounds/{id}/objections/{objectionId}/evidence", "A");
        rule("GET /rounds/{id}/ranking", "A");
        rule("GET /rounds/{id}/ranking.xlsx", "A");
        rule("POST /nominations", "S");
        rule("POST /nominations/{id}", "S");
        rule("POST /nominations/{id}/attachments", "S");
        rule("POST /nominations/{id}/attachments/{attachmentId}/delete", "S");
        rule("POST /nominations/{id}/eligibility", "A");
        rule("POST /nominations/{id}/recommend", "C");
        rule("POST /nominations/{id}/return", "C");
        rule("POST /nominations/{id}/submit", "S");
        rule("POST /nominations/{id}/withdraw", "S");
        rule("POST /publicity/{roundId}/objections", "*" + EVERYONE);
        rule("POST /reviews/{id}", "E");
        rule("POST /reviews/{id}/conflict", "E");
        rule("POST /rounds", "A");
        rule("POST /rounds/{id}", "A");
        rule("POST /rounds/{id}/blind-review", "A");
        rule("POST /rounds/{id}/assignments", "A");
        rule("POST /rounds/{id}/assignments/auto", "A");
        rule("POST /rounds/{id}/assignments/{assignmentId}/delete", "A");
        rule("POST /rounds/{id}/decision", "A");
        rule("POST /rounds/{id}/objections/{objectionId}", "A");
        rule("POST /rounds/{id}/transition", "A");
        // annual supervision and rectification
        rule("GET /rectifications", "ACSI");
        rule("GET /supervision/data", "S");
        rule("GET /supervision/findings/{id}", "ACSI");
        rule("GET /supervision/findings/{id}/evidence/{evidenceId}", "ACSI");
        rule("GET /supervision/plans", "A");
        rule("GET /supervision/plans/new", "A");
        rule("GET /supervision/plans/{id}", "A");
        rule("GET /supervision/plans/{id}/results", "A");
        rule("GET /supervision/plans/{id}/results.xlsx", "A");
        rule("GET /supervision/tasks", "ACSI");
        rule("GET /supervision/tasks/{id}", "ACSI");
        rule("POST /supervision/data/{taskId}", "S");
        rule("POST /supervision/findings/{id}/answer", "CS");
        rule("POST /supervision/findings/{id}/verify", "I");
        rule("POST /supervision/plans", "A");
        rule("POST /supervision/plans/{id}/activate", "A");
        rule("POST /supervision/plans/{id}/publish", "A");
        rule("POST /supervision/tasks/{id}/data", "CS");
        // the city's import of its schools' figures (issue 18): its own city's task only (FiguresImportIT)
        rule("GET /supervision/tasks/{id}/figures-import", "C");
        rule("GET /supervision/tasks/{id}/figures-import/template", "C");
        rule("POST /supervision/tasks/{id}/figures-import", "C");
        rule("GET /supervision/tasks/{id}/figures-import/{importId}", "C");
        rule("POST /supervision/tasks/{id}/figures-import/{importId}/apply", "C");
        rule("POST /supervision/tasks/{id}/findings", "I");
        rule("POST /supervision/tasks/{id}/report", "I");
        rule("POST /supervision/tasks/{id}/scores", "I");
        rule("POST /supervision/tasks/{id}/team", "A");
        // the audit log: the audit administrator only
        rule("GET /admin/audit", "U");
        rule("GET /admin/audit/verify", "U");
        rule("GET /admin/audit/export.csv", "U");
        // designated projects, reports, flagship checklist
        rule("GET /projects", BUSINESS);
        rule("GET /projects/{id}", BUSINESS);
        rule("GET /projects/new", "A");
        rule("POST /projects", "A");
        rule("POST /projects/{id}/revoke", "A");
        rule("GET /projects/print", BUSINESS);
        rule("GET /projects/export.xlsx", BUSINESS);
        rule("GET /projects/reports", "ACS");
        rule("GET /projects/reports.xlsx", "ACS");
        rule("POST /projects/{projectId}/reports", "S");
        rule("GET /projects/{projectId}/reports/{id}", BUSINESS);
        rule("POST /projects/{projectId}/reports/{id}", "S");
        rule("POST /projects/{projectId}/reports/{id}/attachments", "S");
        rule("GET /projects/{projectId}/reports/{id}/attachments/{fileId}", BUSINESS);
        rule("POST /projects/{projectId}/reports/{id}/submit", "S");
        rule("POST /projects/{projectId}/reports/{id}/review", "A");
        rule("GET /flagships", "ACI");
        rule("GET /flagships/{cityCode}", "ACI");
        rule("POST /flagships/{cityCode}/{item}", "AC");
        rule("GET /flagships/{cityCode}/{item}/file", "ACI");
        // groups
        rule("GET /groups", BUSINESS);
        rule("GET /groups/{id}", BUSINESS);
        rule("GET /groups/new", "A");
        rule("POST /groups", "A");
        rule("POST /groups/{id}/members", "AS");
        rule("POST /groups/{id}/partners", "AS");
        rule("POST /groups/{id}/members/{memberId}/leave", "AS");
        // think-tank (public list and pages)
        rule("GET /think-tank", "*" + EVERYONE);
        rule("GET /think-tank/{id}", "*" + EVERYONE);
        rule("GET /think-tank/new", "AS");
        rule("POST /think-tank", "AS");
        rule("GET /think-tank/{id}/edit", "AS");
        rule("POST /think-tank/{id}", "AS");
        rule("POST /think-tank/{id}/attachments", "AS");
        rule("GET /think-tank/{id}/attachments/{fileId}", BUSINESS);
        rule("POST /think-tank/{id}/cancel", "AS");
        // inheritors (public list)
        rule("GET /inheritors", "*" + EVERYONE);
        rule("GET /inheritors/nominations", BUSINESS);
        rule("GET /inheritors/nominations/new", "S");
        rule("POST /inheritors/nominations", "S");
        rule("GET /inheritors/{id}", BUSINESS);
        rule("POST /inheritors/{id}/awards", "S");
        rule("POST /inheritors/{id}/moves", "AS");
        // the bulletin (通报) of a year's results: staff prepare and issue it; issued ones are public
        rule("GET /supervision/plans/{id}/bulletin", "A");
        rule("POST /supervision/plans/{id}/bulletin", "A");
        rule("GET /supervision/bulletins", "*" + EVERYONE);
        rule("GET /supervision/bulletins/{year}", "*" + EVERYONE);
        rule("GET /supervision/bulletins/{year}.pdf", "*" + EVERYONE);
        // designated projects as subjects of an inspection: staff choose them on the task
        rule("POST /supervision/tasks/{id}/projects", "A");
        // issue 16: the rectification's life (extension, 催办, 销号, 复查)
        rule("POST /supervision/findings/{id}/extensions", "CS");
        rule("POST /supervision/findings/{id}/extensions/{extensionId}", "AI");
        rule("POST /supervision/findings/{id}/chase", "AI");
        rule("POST /supervision/findings/{id}/sign-off", "A");
        rule("POST /supervision/findings/{id}/recheck", "AI");
        rule("POST /supervision/findings/{id}/recheck/outcome", "AI");
        rule("GET /rectifications/export.xlsx", "ACI");
        rule("GET /supervision/tasks/{id}/rectification", "ACI");
        rule("POST /supervision/tasks/{id}/rectification/report", "C");
        rule("POST /supervision/tasks/{id}/rectification/interviews", "A");
        rule("GET /supervision/tasks/{id}/rectification/files/{fileId}", "ACI");
        // supervision procedure (issue #16): self-evaluation, preliminary opinion, reply, 督导意见书
        rule("GET /supervision/tasks/{id}/self-evaluation", "ACSI");
        rule("POST /supervision/tasks/{id}/self-evaluation", "CS");
        rule("GET /supervision/tasks/{id}/self-evaluation/files/{fileId}", "ACSI");
        rule("GET /supervision/tasks/{id}/opinion", "ACSI");
        rule("POST /supervision/tasks/{id}/opinion/preliminary", "I");
        rule("POST /supervision/tasks/{id}/opinion/reply", "CS");
        rule("POST /supervision/tasks/{id}/opinion/finalise", "I");
        rule("POST /supervision/tasks/{id}/opinion/issue", "A");
        rule("GET /supervision/tasks/{id}/opinion/print", "ACSI");
        rule("GET /supervision/tasks/{id}/opinion/pdf", "ACSI");
        // evaluations with consequences and dynamic adjustment (issue #17); the year's adjustments are public
        rule("POST /projects/{id}/evaluations", "A");
        rule("GET /projects/{id}/evaluations/{evaluationId}/files/{fileId}", BUSINESS);
        rule("GET /projects/evaluations.xlsx", BUSINESS);
        rule("POST /projects/{id}/adjustments", "A");
        rule("GET /adjustments", "*" + EVERYONE);
        // task books (建设任务书) and change requests (项目变更)
        rule("GET /projects/{projectId}/task-book", BUSINESS);
        rule("GET /projects/{projectId}/task-book/print", BUSINESS);
        rule("POST /projects/{projectId}/task-book", "S");
        rule("POST /projects/{projectId}/task-book/{id}", "S");
        rule("POST /projects/{projectId}/task-book/{id}/submit", "S");
        rule("POST /projects/{projectId}/task-book/{id}/review", "A");
        rule("GET /projects/changes", "A");
        rule("GET /projects/task-books.xlsx", "A");
        rule("POST /projects/{projectId}/changes", "S");
        rule("POST /projects/{projectId}/changes/{id}/decide", "A");
        rule("GET /projects/{projectId}/changes/{id}/files/{fileId}", BUSINESS);
        // project funds (#17)
        rule("GET /projects/{projectId}/funds", BUSINESS);
        rule("POST /projects/{projectId}/funds", "A");
        rule("POST /projects/{projectId}/funds/{allocationId}", "A");
        rule("POST /projects/{projectId}/funds/{allocationId}/delete", "A");
        rule("GET /projects/{projectId}/reports/{reportId}/spending", BUSINESS);
        rule("POST /projects/{projectId}/reports/{reportId}/spending", "S");
        // milestone progress in annual reports (#17)
        rule("POST /projects/{projectId}/reports/{reportId}/milestones", "S");
        rule("GET /funds/upload", "A");
        rule("GET /funds/upload/template", "A");
        rule("POST /funds/upload", "A");
        rule("GET /funds/upload/{id}", "A");
        rule("POST /funds/upload/{id}/apply", "A");
        // API keys of the read-only API (issue #18); the API itself (/api/**) is keyed, not role-based: ApiAccessIT
        rule("GET /admin/api-keys", "K");
        rule("POST /admin/api-keys", "K");
        rule("POST /admin/api-keys/{id}/revoke", "K");
        // Excel imports (issue 18)
        rule("GET /organizations/import", "A");
        rule("GET /organizations/import/template", "A");
        rule("POST /organizations/import", "A");
        rule("GET /organizations/import/{id}", "A");
        rule("POST /organizations/import/{id}/apply", "A");
        rule("GET /experts/import", "A");
        rule("GET /experts/import/template", "A");
        rule("POST /experts/import", "A");
        rule("GET /experts/import/{id}", "A");
        rule("POST /experts/import/{id}/apply", "A");
        // issue 18: batch work on nominations, complete exports
        rule("POST /nominations/batch", "AC");
        rule("POST /nominations/batch/apply", "AC");
        rule("POST /nominations/batch/assignments", "A");
        rule("GET /nominations/batch/assignments/template.xlsx", "A");
        rule("GET /rounds/{id}/review.xlsx", "A");
        rule("GET /rounds/{id}/nominations.xlsx", "AC");
        rule("GET /experts.xlsx", "A");
        rule("GET /organizations.xlsx", BUSINESS);
        rule("GET /nominations/{id}/application.pdf", "ACSE");
        // the signed and sealed page of a nomination (issue #18): uploaded by its school, read by its readers
        rule("GET /nominations/{id}/sealed-page", "ACSE");
        rule("POST /nominations/{id}/sealed-page", "S");
        rule("GET /rounds/{id}/documents", "A");
        rule("POST /rounds/{id}/documents", "A");
        rule("GET /rounds/{id}/designation.pdf", "ACSE");
        rule("GET /publicity/{roundId}/notice.pdf", "*" + EVERYONE);
    }

    private static void rule(String endpoint, String accounts) {
        EXPECTED.put(endpoint, accounts);
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService userDetails;

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final SpelExpressionParser parser = new SpelExpressionParser();

    /** Every mapped endpoint with its handler, as "METHOD pattern". */
    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType().getName().startsWith("org.springframework")) {
                continue; // Boot's /error
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    continue; // the read-only API: keys, not roles (api.ApiAccessIT)
                }
                var methods = e.getKey().getMethodsCondition().getMethods();
                for (var method : methods) {
                    found.put(method.name() + " " + pattern, e.getValue());
                }
            }
        }
        return found;
    }

    /** Which accounts pass the endpoint's role rule; without @PreAuthorize, every signed-in account does. */
    private String allowed(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        StringBuilder who = new StringBuilder();
        for (var account : ACCOUNTS.entrySet()) {
            var user = userDetails.loadUserByUsername(account.getValue());
            var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            boolean passes = rule == null
                    || ExpressionUtils.evaluateAsBoolean(
                            parser.parseExpression(rule.value()),
                            expressions.createEvaluationContext(
                                    () -> authentication,
                                    new SimpleMethodInvocation(null, method, new Object[method.getParameterCount()])));
            if (passes) {
                who.append(account.getKey());
            }
        }
        return who.toString();
    }

    private static String sample(String pattern) {
        return pattern.replaceAll("\\{cityCode}", "431300")
                .replaceAll("\\{code}", "CULTURE_BASE")
                .replaceAll("\\{item}", "NAME")
                .replaceAll("\\{roundId}", "999999999")
                .replaceAll("\\{[a-zA-Z]+}", "999999999");
    }

    @Test
    void everyEndpointHasARuleAndEachRoleGetsExactlyWhatTheRuleSays() {
        List<String> problems = new ArrayList<>();
        var endpoints = endpoints();
        for (var e : endpoints.entrySet()) {
            String expected = EXPECTED.get(e.getKey());
            String actual = allowed(e.getValue());
            if (expected == null) {
                problems.add("no rule for " + e.getKey() + " (its annotation lets: " + actual + ")");
            } else if (!expected.replace("*", "").equals(actual)) {
                problems.add(e.getKey() + ": expected " + expected.replace("*", "") + " but the code lets " + actual);
            }
        }
        for (String listed : EXPECTED.keySet()) {
            if (!endpoints.containsKey(listed)) {
                problems.add("a rule for an endpoint that does not exist: " + listed);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anonymousVisitorsReachOnlyThePublicEndpoints() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String endpoint : endpoints().keySet()) {
            String[] parts = endpoint.split(" ", 2);
            var response = mvc.perform(request(HttpMethod.valueOf(parts[0]), sample(parts[1]))
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            boolean sentToSignIn =
                    response.getStatus() == 302 && "http://localhost/login".equals(response.getRedirectedUrl())
                            || response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
            boolean isPublic = EXPECTED.getOrDefault(endpoint, "").startsWith("*");
            if (isPublic == sentToSignIn) {
                problems.add(endpoint + " → " + response.getStatus() + " " + response.getRedirectedUrl());
            }
        }
        assertThat(problems).isEmpty();
    }
}
