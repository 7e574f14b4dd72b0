package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal and error of the API over real HTTP (MockMvc has no error dispatch and no firewall, which is where
 * the portal's HTML page came from) is an RFC 9457 problem — {@code application/problem+json} with type, title, status,
 * detail and instance — in the caller's language (Accept-Language; Chinese by default): a missing, unknown or
 * expired key (401), a scope the key lacks (403), an unknown path or record (404), the rate limit (429 with
 * Retry-After), a bad parameter (400), a path the firewall or Tomcat itself refuses (400), a server error (500). Each
 * call is audited with its status and the problem's slug; the portal's own pages keep their HTML error page.
 */
class ApiErrorsIT extends PostgresIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    @Autowired
    RateLimiter limiter;

    private RawHttp http;
    private String key;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
        key = issue(EnumSet.allOf(ApiScope.class));
    }

    private String issue(EnumSet<ApiScope> scopes) {
        return keys.issue(
                        new ApiKeys.IssueForm(
                                "错误应答 " + System.nanoTime(),
                                scopes,
                                LocalDate.now(PortalTime.ZONE).plusDays(30)),
                        users.principal("secadmin"))
                .secret();
    }

    private RawHttp.Response call(String path, String... headers) throws Exception {
        return callWith(key, path, headers);
    }

    private RawHttp.Response callWith(String apiKey, String path, String... headers) throws Exception {
        List<String> all = new ArrayList<>();
        if (apiKey != null) {
            all.add("Authorization: Bearer " + apiKey);
        }
        all.addAll(List.of(headers));
        return http.get(path, all.toArray(String[]::new));
    }

    /** The answer is a problem of this type and status, its title in the language named; returns its members. */
    private static JsonNode problem(RawHttp.Response response, ApiProblem type, int status, String title) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .doesNotContain("<html")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo(type.type());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isEqualTo(title);
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    private static final String ENGLISH_COOKIE = "Cookie: CHUYI_LANG=en";

    /** The portal's HTML page for a 400, with its title in the user's language; nothing of a problem. */
    private static void portalPage(RawHttp.Response response, String title) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("id=\"error-title\">" + title + "<")
                .contains("id=\"error-reference\"")
                .doesNotContain("api/problem");
    }

    private String audited(String path) {
        return jdbc.queryForObject(
                "select outcome || ' ' || details from audit_event where action = 'API_CALL' and actor = ?"
                        + " and target_id = ?",
                String.class,
                "api-key:" + ApiKeySecret.prefixOf(key),
                path);
    }

    @Test
    void anUnknownPathUnderTheApiIsA404ProblemWhateverTheCallerAccepts() throws Exception {
        var unknown = problem(call("/api/v1/no-such-thing"), ApiProblem.NO_SUCH_PATH, 404, "没有这个接口");
        assertThat(unknown.get("detail").asString()).contains("/api/v1/openapi.json");
        assertThat(unknown.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
        problem(
                call("/api/v1/programs/extra/path", "Accept: text/html", "Accept-Language: en-US,en;q=0.9"),
                ApiProblem.NO_SUCH_PATH,
                404,
                "No such endpoint");
        problem(call("/api/v2/programs", "Accept: */*"), ApiProblem.NO_SUCH_PATH, 404, "没有这个接口");
        // a known path asked for HTML: the API answers JSON only, and says so in a problem
        var html = call("/api/v1/programs", "Accept: text/html", "Accept-Language: en");
        problem(html, ApiProblem.NOT_ACCEPTABLE, 406, "Not acceptable");
        assertThat(html.header("Content-Language")).hasValue("en");
        assertThat(audited("/api/v1/no-such-thing")).isEqualTo("FAILURE GET 404 no-such-path");
    }

    @Test
    void aNoSuchRecordOrABadParameterIsAProblemInTheCallersLanguage() throws Exception {
        var record = problem(call("/api/v1/publicity/999999999"), ApiProblem.NO_SUCH_RECORD, 404, "没有这条记录");
        assertThat(record.get("instance").asString()).isEqualTo("/api/v1/publicity/999999999");
        var size = problem(call("/api/v1/projects?size=0"), ApiProblem.BAD_PARAMETER, 400, "参数无效");
        assertThat(size.get("detail").asString()).contains("参数 size 无效").contains("1 到 200");
        assertThat(size.get("instance").asString())
                .as("the path, not the query")
                .isEqualTo("/api/v1/projects");
        var year = problem(
                call("/api/v1/supervision/results/abc", "Accept-Language: en"),
                ApiProblem.BAD_PARAMETER,
                400,
                "Invalid parameter");
        assertThat(year.get("detail").asString()).startsWith("The parameter year is invalid");
        problem(
                call("/api/v1/projects?page=-1", "Accept-Language: en"),
                ApiProblem.BAD_PARAMETER,
                400,
                "Invalid parameter");
    }

    @Test
    void aMissingUnknownOrExpiredKeyIsA401ProblemSayingWhich() throws Exception {
        var missing = callWith(null, "/api/v1/programs");
        var body = problem(missing, ApiProblem.MISSING_KEY, 401, "缺少 API 密钥");
        assertThat(body.get("detail").asString()).contains("Authorization: Bearer <密钥>");
        assertThat(missing.header("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        problem(
                callWith(null, "/api/v1/programs", "Accept-Language: en"),
                ApiProblem.MISSING_KEY,
                401,
                "API key missing");
        problem(
                callWith("chy_0123abcd_" + "a".repeat(43), "/api/v1/programs"),
                ApiProblem.UNKNOWN_KEY,
                401,
                "API 密钥无效");

        String expired = issue(EnumSet.of(ApiScope.PROGRAMS));
        jdbc.update(
                "update api_key set created_at = current_timestamp - interval '40 days',"
                        + " expires_at = current_timestamp - interval '1 day' where prefix = ?",
                ApiKeySecret.prefixOf(expired));
        problem(callWith(expired, "/api/v1/programs"), ApiProblem.EXPIRED_KEY, 401, "API 密钥已过期");
        var english = problem(
                callWith(expired, "/api/v1/programs", "Accept-Language: en-GB"),
                ApiProblem.EXPIRED_KEY,
                401,
                "API key expired");
        assertThat(english.get("detail").asString())
                .isEqualTo("This key has expired; ask the security administrator for a new one.");
    }

    @Test
    void aKeyOutsideItsScopeIsA403ProblemNamingTheScopeInTheCallersLanguage() throws Exception {
        String programsOnly = issue(EnumSet.of(ApiScope.PROGRAMS));
        var chinese = problem(callWith(programsOnly, "/api/v1/projects"), ApiProblem.SCOPE_MISSING, 403, "密钥无权读取");
        assertThat(chinese.get("detail").asString()).isEqualTo("此密钥不能读取 /api/v1/projects：它的可读取范围不含“立项项目库”。");
        var english = problem(
                callWith(programsOnly, "/api/v1/projects", "Accept-Language: en"),
                ApiProblem.SCOPE_MISSING,
                403,
                "Not in the key\u2019s scopes");
        assertThat(english.get("detail").asString()).contains("\u201cRegister of designated projects\u201d");
    }

    @Test
    void aKeyOverItsRateIsA429ProblemWithRetryAfter() throws Exception {
        long id =
                jdbc.queryForObject("select id from api_key where prefix = ?", Long.class, ApiKeySecret.prefixOf(key));
        // spend the key's calls without making them: a minute's worth of calls takes too long under load
        while (limiter.take(id) == 0) {
            // the bucket empties
        }
        var limited = call("/api/v1/programs", "Accept-Language: en");
        var body = problem(limited, ApiProblem.RATE_LIMITED, 429, "Too many calls");
        assertThat(limited.header("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(body.get("detail").asString()).startsWith("This key may make at most 120 calls a minute");
        while (limiter.take(id) == 0) {
            // and again, for the Chinese answer
        }
        var chinese = problem(call("/api/v1/programs"), ApiProblem.RATE_LIMITED, 429, "调用过于频繁");
        assertThat(chinese.get("detail").asString()).startsWith("此密钥每分钟最多调用 120 次");

        // the auditor reads the refusal in the page's language, not by the slug the row keeps
        String actor = "api-key:" + ApiKeySecret.prefixOf(key);
        for (String[] language : new String[][] {{"zh-CN", "调用过于频繁", "API 调用"}, {"en", "Too many calls", "API call"}}) {
            String page = mvc.perform(get("/admin/audit")
                            .param("actor", actor)
                            .param("lang", language[0])
                            .with(users.as("auditor")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(language[0])
                    .contains("GET 429 <span class=\"audit-problem\" title=\"rate-limited\">" + language[1] + "</span>")
                    .contains(">" + language[2] + "<")
                    .doesNotContain("??");
        }
    }

    @Test
    void aPathTheFirewallRefusesIsA400ProblemUnderTheApi() throws Exception {
        for (String path : new String[] {"/api/v1/programs;jsessionid=x", "/api//v1/programs", "/api/v1/./programs"}) {
            var refused = problem(call(path), ApiProblem.REQUEST_REJECTED, 400, "请求地址不被接受");
            assertThat(refused.get("detail").asString()).contains("//");
            problem(
                    call(path, "Accept-Language: en", "Accept: text/html"),
                    ApiProblem.REQUEST_REJECTED,
                    400,
                    "Request address refused");
        }
    }

    @Test
    void aPathTomcatRefusesUnderTheApiIsA400ProblemNotThePortalsPage() throws Exception {
        // an encoded slash: Tomcat refuses it before the application, so neither the firewall nor a filter sees it
        var chinese = call("/api/v1/projects%2F1");
        var body = problem(chinese, ApiProblem.REQUEST_REJECTED, 400, "请求地址不被接受");
        assertThat(body.get("detail").asString()).contains("编码的 /");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/projects%2F1");
        assertThat(chinese.header("Content-Language")).hasValue("zh-CN");
        assertThat(chinese.header("X-Request-Id")).isPresent();
        assertThat(chinese.header("Cache-Control")).hasValue("no-store");
        assertThat(chinese.header("Server")).isEmpty();
        // in English when asked, even for HTML, and without a key: no key is checked before the refusal
        var english = callWith(
                null, "/api%2Fv1/programs", "Accept-Language: en-US,en;q=0.9", "Accept: text/html", ENGLISH_COOKIE);
        problem(english, ApiProblem.REQUEST_REJECTED, 400, "Request address refused");
        assertThat(english.header("Content-Language")).hasValue("en");
        // the portal's cookie does not count for the API
        problem(call("/api/v1/publicity%2F1", ENGLISH_COOKIE), ApiProblem.REQUEST_REJECTED, 400, "请求地址不被接受");
        // the portal's own path with the same slash keeps its HTML page, in the user's language
        portalPage(http.get("/projects%2F1", "Accept: text/html", ENGLISH_COOKIE), "The request could not be read");
    }

    @Test
    void aPathTheFirewallRefusesOutsideTheApiKeepsThePortals400PageInTheUsersLanguage() throws Exception {
        // the firewall's handler is a bean for the whole application: only /api gets a problem
        for (String path : new String[] {"/projects;x=1", "//projects", "/programs;jsessionid=x", "/apiary;x=1"}) {
            portalPage(http.get(path, "Accept: text/html"), "请求无法识别");
            portalPage(
                    http.get(path, "Accept: text/html", "Accept-Language: en", ENGLISH_COOKIE),
                    "The request could not be read");
        }
    }

    @Test
    void aServerErrorIsA500ProblemThatTellsNothingOfTheFailure() throws Exception {
        assertThat(call("/api/v1/projects?size=1").status()).isEqualTo(200);
        jdbc.execute("alter table designated_project rename to designated_project_away");
        RawHttp.Response failed;
        try {
            failed = call("/api/v1/projects?size=1", "Accept-Language: en");
        } finally {
            jdbc.execute("alter table designated_project_away rename to designated_project");
        }
        problem(failed, ApiProblem.INTERNAL_ERROR, 500, "Internal server error");
        assertThat(failed.body()).doesNotContain("designated_project").doesNotContain("SQL");
        assertThat(failed.header("X-Request-Id")).isPresent();
        assertThat(call("/api/v1/projects?size=1").status()).isEqualTo(200);
    }

    @Test
    void thePortalsOwnUnknownOrRefusedPathsKeepTheirHtmlPage() throws Exception {
        for (String path : new String[] {"/css/no-such-file.css", "/programs;x=1", "//programs"}) {
            RawHttp.Response page = http.get(path, "Accept: text/html");
            assertThat(page.status()).as(path).isIn(400, 404);
            assertThat(page.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("id=\"error-reference\"");
        }
    }
}
