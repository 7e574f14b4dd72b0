package cn.gov.hunan.chuyi.api;

import static cn.gov.hunan.chuyi.account.Role.SECURITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API keys page: the security administrator's alone; a key is shown once, on the answer to its issue; a refused
 * form comes back with what was typed and why; a revocation is asked to be confirmed first.
 */
@ControllerSlice(ApiKeyController.class)
class ApiKeyControllerTests {

    private static final Instant CREATED = Instant.parse("2026-12-01T02:00:00Z");
    /** Valid through 2026-12-31, Asia/Shanghai: it stops at 2027-01-01 00:00 there, 2026-12-31 16:00 UTC. */
    private static final Instant STOPS = Instant.parse("2026-12-31T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiKeys keys;

    private static ApiKeyView view() {
        return new ApiKeyView(
                7L,
                "省数据中心",
                "0123abcd",
                EnumSet.of(ApiScope.PROGRAMS, ApiScope.PROJECTS),
                ApiKeyStatus.ACTIVE,
                false,
                "secadmin",
                CREATED,
                STOPS,
                null,
                null,
                2,
                true);
    }

    @BeforeEach
    void page() {
        when(keys.page())
                .thenReturn(new ApiKeyPage(
                        List.of(view()),
                        List.of(new ApiKeyPage.Line(
                                "0123abcd",
                                new HistoryLine(
                                        null,
                                        "ACTIVE",
                                        "secadmin",
                                        null,
                                        ApiKeyPage.ISSUED,
                                        List.of("PROGRAMS,PROJECTS", "2026-12-31"),
                                        LocalDateTime.of(2026, 12, 1, 10, 0)))),
                        List.of(ApiScope.values()),
                        LocalDate.of(2027, 12, 1),
                        LocalDate.of(2028, 11, 30),
                        120));
        when(keys.key(7)).thenReturn(view());
        when(keys.issue(any(), any())).thenReturn(new ApiKeys.Issued(view(), "chy_0123abcd_" + "s".repeat(43)));
    }

    @Test
    void onlyTheSecurityAdministratorManagesKeys() throws Exception {
        SignedIn.rule(mvc, () -> get("/admin/api-keys"))
                .allows(status().isOk(), SECURITY_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/admin/api-keys")
                                .param("name", "省数据中心")
                                .param("scopes", "PROGRAMS")
                                .param("expiresOn", "2027-12-01"))
                .allows(status().isOk(), SECURITY_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/admin/api-keys/7/revoke")
                                .param("version", "2")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/admin/api-keys"), SECURITY_ADMIN)
                .refusesTheRest();
    }

    @Test
    void theListNamesEachKeyByItsPrefixAndNeverShowsAKey() throws Exception {
        mvc.perform(get("/admin/api-keys").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0123abcd")))
                .andExpect(content().string(containsString("省数据中心")))
                .andExpect(content().string(containsString("项目目录及进度")))
                .andExpect(content().string(not(containsString("issued-key"))));
    }

    @Test
    void aKeyValidThroughNewYearsEveShowsThatDayNotTheNextWhateverTheServersZone() throws Exception {
        String page = mvc.perform(get("/admin/api-keys").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = page.substring(
                page.indexOf("id=\"key-0123abcd\""), page.indexOf("</tr>", page.indexOf("id=\"key-0123abcd\"")));
        assertThat(row)
                .contains(">2026-12-31<")
                .contains("2027-01-01 00:00（北京时间）起失效")
                .doesNotContain(">2027-01-01<");
        // the history names the same day, and the scopes by their names, in the reader's language
        assertThat(page).contains("签发，范围 项目目录及进度、立项项目库，有效期至 2026-12-31").doesNotContain("PROGRAMS,PROJECTS");
        String english = mvc.perform(get("/admin/api-keys").param("lang", "en").with(SignedIn.as(SECURITY_ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("Issued for Programme catalogue and progress, Register of designated projects,"
                        + " valid through 2026-12-31")
                .contains("Programme catalogue and progress, </span><span>Register of designated projects</span>")
                .doesNotContain("PROGRAMS,PROJECTS");
    }

    @Test
    void thePageSaysHowToSendTheKeyAndWhereTheApiIsDescribed() throws Exception {
        mvc.perform(get("/admin/api-keys").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Authorization: Bearer &lt;密钥&gt;")))
                .andExpect(content().string(containsString("/api/v1/openapi.json")));
        mvc.perform(get("/admin/api-keys").param("lang", "en").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Authorization: Bearer &lt;key&gt;")));
    }

    @Test
    void theKeyIsShownOnceOnTheAnswerToItsIssueAndNotCached() throws Exception {
        mvc.perform(post("/admin/api-keys")
                        .param("name", "省数据中心")
                        .param("scopes", "PROGRAMS", "PROJECTS")
                        .param("expiresOn", "2027-12-01")
                        .with(SignedIn.as(SECURITY_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("chy_0123abcd_" + "s".repeat(43))))
                .andExpect(content().string(containsString("密钥只显示这一次")));
        verify(keys)
                .issue(
                        eq(new ApiKeys.IssueForm(
                                "省数据中心", EnumSet.of(ApiScope.PROGRAMS, ApiScope.PROJECTS), LocalDate.of(2027, 12, 1))),
                        any());
    }

    @Test
    void aRefusedKeyComesBackWithWhatWasTypedAndTheReason() throws Exception {
        when(keys.issue(any(), any()))
                .thenThrow(
                        new ApiKeyRejected("api.keys.error.expiry", 730, LocalDate.of(2028, 11, 30)).at("expiresOn"));
        mvc.perform(post("/admin/api-keys")
                        .param("name", "省数据中心")
                        .param("scopes", "PUBLICITY")
                        .param("expiresOn", "2030-01-01")
                        .with(SignedIn.as(SECURITY_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2030-01-01\"")))
                .andExpect(content().string(matchesRegex("(?s).*id=\"scope-PUBLICITY\"\\s+checked=\"checked\".*")))
                .andExpect(content().string(containsString("不超过 730 天")))
                .andExpect(content().string(not(containsString("issued-key"))));
    }

    @Test
    void aRevocationIsConfirmedFirst() throws Exception {
        mvc.perform(post("/admin/api-keys/7/revoke")
                        .param("version", "2")
                        .with(SignedIn.as(SECURITY_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法恢复")));
        verify(keys, never()).revoke(anyLong(), anyLong(), any(), any());
        mvc.perform(post("/admin/api-keys/7/revoke")
                        .param("version", "2")
                        .param("reason", "合同到期")
                        .param("confirmed", "true")
                        .with(SignedIn.as(SECURITY_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/api-keys"));
        verify(keys).revoke(eq(7L), eq(2L), eq("合同到期"), any());
    }
}
