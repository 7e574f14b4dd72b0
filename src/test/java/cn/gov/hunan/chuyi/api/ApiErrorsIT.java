package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What no API controller answers itself — an unknown path under /api, a server error — is the API's JSON over real
 * HTTP (MockMvc has no error dispatch, which is where the portal's HTML page came from), audited with its status;
 * the portal's own pages keep their HTML error page.
 */
class ApiErrorsIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    private RawHttp http;
    private String key;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
        key = keys.issue(
                        new ApiKeys.IssueForm(
                                "错误应答 " + System.nanoTime(),
                                EnumSet.allOf(ApiScope.class),
                                LocalDate.now().plusDays(30)),
                        users.principal("secadmin"))
                .secret();
    }

    private RawHttp.Response call(String path, String... headers) throws Exception {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization: Bearer " + key;
        System.arraycopy(headers, 0, all, 1, headers.length);
        return http.get(path, all);
    }

    private static void json(RawHttp.Response response, int status, String error) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .startsWith("{\"status\":" + status + ",\"error\":\"" + error + "\"")
                .doesNotContain("<html")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void anUnknownPathUnderTheApiIsA404InJsonWhateverTheCallerAccepts() throws Exception {
        json(call("/api/v1/no-such-thing"), 404, "not_found");
        json(call("/api/v1/programs/extra/path", "Accept: text/html"), 404, "not_found");
        json(call("/api/v2/programs", "Accept: */*"), 404, "not_found");
        // a known path asked for HTML: the API answers JSON only, and says so in JSON
        json(call("/api/v1/programs", "Accept: text/html"), 406, "not_acceptable");
        assertThat(jdbc.queryForObject(
                        "select outcome || ' ' || details from audit_event where action = 'API_CALL' and actor = ?"
                                + " and target_id = '/api/v1/no-such-thing'",
                        String.class,
                        "api-key:" + ApiKeySecret.prefixOf(key)))
                .isEqualTo("FAILURE GET 404");
    }

    @Test
    void aServerErrorIsA500InJsonThatTellsNothingOfTheFailure() throws Exception {
        assertThat(call("/api/v1/projects?size=1").status()).isEqualTo(200);
        jdbc.execute("alter table designated_project rename to designated_project_away");
        RawHttp.Response failed;
        try {
            failed = call("/api/v1/projects?size=1");
        } finally {
            jdbc.execute("alter table designated_project_away rename to designated_project");
        }
        json(failed, 500, "internal_error");
        assertThat(failed.body()).doesNotContain("designated_project").doesNotContain("SQL");
        assertThat(failed.header("X-Request-Id")).isPresent();
        assertThat(call("/api/v1/projects?size=1").status()).isEqualTo(200);
    }

    @Test
    void thePortalsOwnUnknownPathsKeepTheirHtmlPage() throws Exception {
        RawHttp.Response page = http.get("/css/no-such-file.css", "Accept: text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("id=\"error-reference\"");
    }
}
