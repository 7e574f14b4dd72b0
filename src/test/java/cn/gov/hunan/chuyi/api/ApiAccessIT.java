package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The read-only API end to end on PostgreSQL: a key issued on the administrator's page reads what its scopes name;
 * a missing, unknown, revoked or expired key gets 401, a key outside its scope 403 (the rate limit's 429 is proved
 * against the filter itself, ApiKeyFilterTests: a minute's calls take too long here under load); pages are bounded; the OpenAPI document lists the paths; every call leaves one audit row naming the
 * key's prefix, the path and the status; no session is ever created.
 */
class ApiAccessIT extends PostgresIntegrationTest {

    private static final Pattern SHOWN_KEY = Pattern.compile("id=\"issued-key\"[^>]*>(chy_[^<]+)<");

    @Autowired
    ApiKeys keys;

    private String issue(String name, ApiScope... scopes) {
        return keys.issue(
                        new ApiKeys.IssueForm(
                                name,
                                EnumSet.of(scopes[0], scopes),
                                LocalDate.now(PortalTime.ZONE).plusDays(30)),
                        users.principal("secadmin"))
                .secret();
    }

    private ResultActions call(String key, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + key));
    }

    private long auditRows(String key) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'API_CALL' and actor = ?",
                Long.class,
                "api-key:" + ApiKeySecret.prefixOf(key));
    }

    @Test
    void aKeyIssuedOnTheAdministratorsPageReadsEveryScopeItNames() throws Exception {
        String page = mvc.perform(post("/admin/api-keys")
                        .param("name", "省数据中心（测试）")
                        .param("scopes", "PROGRAMS", "PROJECTS", "SUPERVISION", "PUBLICITY")
                        .param(
                                "expiresOn",
                                LocalDate.now(PortalTime.ZONE).plusDays(365).toString())
                        .with(users.as("secadmin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var shown = SHOWN_KEY.matcher(page);
        assertThat(shown.find()).as("the key is shown once on the answer").isTrue();
        String key = shown.group(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where key_hash = ? and prefix = ?",
                        Long.class,
                        ApiKeySecret.hash(key),
                        ApiKeySecret.prefixOf(key)))
                .as("only the hash is kept")
                .isEqualTo(1L);
        assertThat(mvc.perform(get("/admin/api-keys").with(users.as("secadmin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(ApiKeySecret.prefixOf(key))
                .doesNotContain(key);

        call(key, "/api/v1/programs")
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$[*].code", hasItem("CULTURE_BASE")))
                .andExpect(jsonPath("$[0].designated").isNumber());
        call(key, "/api/v1/projects?page=0&size=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems", greaterThan(2)))
                .andExpect(jsonPath("$.items[0].designatedYear").isNumber())
                .andExpect(jsonPath("$.items[0].organizationName").isString());
        call(key, "/api/v1/supervision/results")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].year", hasItem(2025)));
        call(key, "/api/v1/supervision/results/2025")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].plan.year").value(2025))
                .andExpect(jsonPath("$[0].lines[0].rank").value(1))
                .andExpect(jsonPath("$[0].lines[0].cityCode").isString());
        call(key, "/api/v1/supervision/results/1999")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(ApiProblem.NO_SUCH_RECORD.type()));
        long roundId =
                jdbc.queryForObject("select id from selection_round where title = '2026年楚怡优秀技工院校遴选（演示）'", Long.class);
        call(key, "/api/v1/publicity")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current[*].roundId", hasItem((int) roundId)))
                .andExpect(jsonPath("$.current[0].startsAt").value(matchesRegex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")));
        call(key, "/api/v1/publicity/" + roundId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice.programCode").value("TECHNICIAN_SCHOOL"))
                .andExpect(jsonPath("$.outcome").value("IN_PUBLICITY"))
                .andExpect(jsonPath("$.nominations").isArray());
        call(key, "/api/v1/publicity/999999999").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where prefix = ? and last_used_at is not null",
                        Long.class,
                        ApiKeySecret.prefixOf(key)))
                .isEqualTo(1L);
    }

    @Test
    void pagesAreBoundedAndTheApiIsReadOnly() throws Exception {
        String key = issue("分页", ApiScope.PROJECTS, ApiScope.PUBLICITY);
        call(key, "/api/v1/projects?size=200").andExpect(status().isOk());
        for (String bad : new String[] {"size=201", "size=0", "page=-1", "size=x"}) {
            call(key, "/api/v1/projects?" + bad)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(ApiProblem.BAD_PARAMETER.type()))
                    .andExpect(jsonPath("$.detail").value(containsString(bad.substring(0, bad.indexOf('=')))));
        }
        call(key, "/api/v1/publicity?size=500").andExpect(status().isBadRequest());
        call(key, "/api/v1/projects?page=100000&size=200")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(post("/api/v1/projects").header("Authorization", "Bearer " + key))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aMissingUnknownRevokedOrExpiredKeyIsRefusedWith401() throws Exception {
        mvc.perform(get("/api/v1/programs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value(ApiProblem.MISSING_KEY.type()));
        call("chy_0123abcd_" + "a".repeat(43), "/api/v1/programs").andExpect(status().isUnauthorized());
        String guessed = issue("猜测", ApiScope.PROGRAMS);
        call(guessed.substring(0, guessed.length() - 1) + (guessed.endsWith("A") ? "B" : "A"), "/api/v1/programs")
                .andExpect(status().isUnauthorized());

        String revoked = issue("已吊销", ApiScope.PROGRAMS);
        call(revoked, "/api/v1/programs").andExpect(status().isOk());
        long id = jdbc.queryForObject(
                "select id from api_key where prefix = ?", Long.class, ApiKeySecret.prefixOf(revoked));
        mvc.perform(post("/admin/api-keys/" + id + "/revoke")
                        .param("version", "0")
                        .param("reason", "合同到期")
                        .param("confirmed", "true")
                        .with(users.as("secadmin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        call(revoked, "/api/v1/programs")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(ApiProblem.REVOKED_KEY.type()))
                .andExpect(jsonPath("$.title").value("API 密钥已吊销"));
        assertThat(jdbc.queryForList(
                        "select to_status from api_key_change where api_key_id = ? order by id", String.class, id))
                .containsExactly("ACTIVE", "REVOKED");

        String expired = issue("已过期", ApiScope.PROGRAMS);
        jdbc.update(
                "update api_key set created_at = current_timestamp - interval '40 days',"
                        + " expires_at = current_timestamp - interval '1 day' where prefix = ?",
                ApiKeySecret.prefixOf(expired));
        call(expired, "/api/v1/programs")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(ApiProblem.EXPIRED_KEY.type()))
                .andExpect(jsonPath("$.title").value("API 密钥已过期"));
    }

    @Test
    void aKeyReadsOnlyItsScopes() throws Exception {
        String key = issue("只读目录", ApiScope.PROGRAMS);
        call(key, "/api/v1/programs").andExpect(status().isOk());
        for (String path : new String[] {
            "/api/v1/projects", "/api/v1/supervision/results", "/api/v1/supervision/results/2025", "/api/v1/publicity"
        }) {
            call(key, path)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(ApiProblem.SCOPE_MISSING.type()));
        }
    }

    @Test
    void everyCallLeavesOneAuditRowWithThePrefixPathAndStatus() throws Exception {
        String key = issue("审计", ApiScope.PROGRAMS);
        long before = auditRows(key);
        call(key, "/api/v1/programs").andExpect(status().isOk());
        call(key, "/api/v1/projects").andExpect(status().isForbidden());
        call(key, "/api/v1/programs").andExpect(status().isOk());
        assertThat(auditRows(key)).isEqualTo(before + 3);
        assertThat(jdbc.queryForList(
                        "select target_id || ' ' || outcome || ' ' || details from audit_event"
                                + " where action = 'API_CALL' and actor = ? order by id",
                        String.class,
                        "api-key:" + ApiKeySecret.prefixOf(key)))
                .containsExactly(
                        "/api/v1/programs SUCCESS GET 200",
                        "/api/v1/projects DENIED GET 403 scope-missing",
                        "/api/v1/programs SUCCESS GET 200");
    }

    @Test
    void theOpenApiDocumentListsThePathsForAnyValidKey() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isUnauthorized());
        call(issue("文档", ApiScope.PUBLICITY), "/api/v1/openapi.json")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"/api/v1/programs\"")))
                .andExpect(content().string(containsString("\"/api/v1/projects\"")))
                .andExpect(content().string(containsString("\"/api/v1/supervision/results/{year}\"")))
                .andExpect(content().string(containsString("\"/api/v1/publicity/{roundId}\"")))
                .andExpect(content().string(containsString("bearer")))
                .andExpect(content().string(not(containsString("\"/admin/"))));
    }
}
