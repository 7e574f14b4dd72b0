package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The small forms on a record's page (indicator add and rename, group members and partners, a role grant, the
 * security policy) come back after a refusal with what was typed and the reason beside the field; a number or date
 * that does not convert is such a refusal, in the user's language, never a framework message or an error page.
 */
class InlineFormRefusalIT extends PostgresIntegrationTest {

    private MvcResult send(String user, String from, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost" + from))
                .andReturn();
    }

    /**
     * The page the refusal sends the user back to, as the browser shows it after the redirect: the flash attributes
     * live in the session (in the database), so the request carries the session cookie the refusal set.
     */
    private String back(String user, MvcResult refused, Cookie... more) throws Exception {
        assertThat(refused.getResponse().getRedirectedUrl())
                .as("sent back to the form's page")
                .isNotNull();
        var session = refused.getResponse().getCookie(SessionCookie.NAME);
        assertThat(session)
                .as("the refusal keeps what was typed in the session")
                .isNotNull();
        var request = get(refused.getResponse().getRedirectedUrl())
                .with(users.as(user))
                .cookie(session);
        if (more.length > 0) {
            request.cookie(more);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** The markup of one element with the id, up to its closing tag. */
    private static String part(String page, String id, String closing) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isGreaterThan(0);
        return page.substring(start, page.indexOf(closing, start));
    }

    private static String besides(String html, String field) {
        var matcher =
                Pattern.compile("id=\"" + field + "-refusal\"[^>]*>([^<]*)<").matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void indicatorFormsKeepTheirInput() throws Exception {
        String path = "/programs/TRAINING_BASE/indicators";
        var duplicate = send("admin", path, post(path).param("name", "实训工位数").param("unit", "台套"));
        String form = part(back("admin", duplicate), "add-indicator", "</form>");
        assertThat(form).contains("value=\"实训工位数\"").contains("value=\"台套\"");
        assertThat(besides(form, "name")).isEqualTo("该项目类别已有同名指标。");

        long indicator =
                id("select id from project_indicator where program_code = 'TRAINING_BASE' and name = '承办技能竞赛'");
        long version = id("select version from project_indicator where id = ?", indicator);
        var blankUnit = send(
                "admin",
                path,
                post(path + "/" + indicator)
                        .param("name", "承办省级以上技能竞赛")
                        .param("unit", " ")
                        .param("version", String.valueOf(version)));
        String row = part(back("admin", blankUnit), "indicator-" + indicator, "</tr>");
        assertThat(row).contains("value=\"承办省级以上技能竞赛\"");
        assertThat(besides(row, "unit")).isEqualTo("请填写指标名称（不超过 100 字）和单位（不超过 20 字）。");
        assertThat(jdbc.queryForObject("select name from project_indicator where id = ?", String.class, indicator))
                .isEqualTo("承办技能竞赛");
    }

    @Test
    void groupMemberAndPartnerFormsKeepTheirInput() throws Exception {
        long group = id("select id from voc_group where name = '湖南工业职业教育集团（演示）'");
        String path = "/groups/" + group;
        String page = mvc.perform(get(path).with(users.as("hngy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var options = Pattern.compile("<option value=\"(\\d+)\"").matcher(part(page, "add-member-form", "</form>"));
        assertThat(options.find() && options.find()).as("two candidates").isTrue();
        String candidate = options.group(1);

        var early = send(
                "hngy",
                path,
                post(path + "/members").param("organization", candidate).param("joinedOn", "2010-05-04"));
        String form = part(back("hngy", early), "add-member-form", "</form>");
        assertThat(form)
                .contains("value=\"2010-05-04\"")
                .containsPattern("<option value=\"" + candidate + "\" selected");
        assertThat(besides(form, "joinedOn")).isEqualTo("加入日期不能早于集团成立日期。");

        // a number too large for its field: a refusal in the user's language, not a 404 page
        var huge = send(
                "hngy",
                path,
                post(path + "/members")
                        .param("organization", "99999999999999999999")
                        .param("joinedOn", "2020-05-04"));
        assertThat(huge.getResponse().getStatus()).isEqualTo(302);
        assertThat(huge.getFlashMap().get("errorKey")).isEqualTo("typeMismatch.java.lang.Long");
        form = part(back("hngy", huge), "add-member-form", "</form>");
        assertThat(form).contains("value=\"2020-05-04\"");
        assertThat(besides(form, "organization")).isEqualTo("请填写整数，且不超过 9223372036854775807。");

        var duplicate = send(
                "hngy",
                path,
                post(path + "/partners")
                        .param("name", "湖南工业职业技术学院")
                        .param("kind", "INDUSTRY_ASSOCIATION")
                        .param("city", "431300")
                        .param("joinedOn", "2021-09-01"));
        form = part(back("hngy", duplicate), "add-partner-form", "</form>");
        assertThat(form)
                .contains("value=\"湖南工业职业技术学院\"")
                .contains("value=\"2021-09-01\"")
                .containsPattern("<option value=\"INDUSTRY_ASSOCIATION\" selected")
                .containsPattern("<option value=\"431300\" selected");
        assertThat(besides(form, "name")).isEqualTo("名录中已有同名单位，请直接从名录中选择。");
    }

    @Test
    void aRefusedRoleGrantKeepsTheRoleAndTheReason() throws Exception {
        long user = id("select id from app_user where username = 'xhcy'");
        String path = "/admin/users/" + user;
        var refused = send(
                "secadmin",
                path,
                post(path + "/roles")
                        .param("role", "SECURITY_ADMIN")
                        .param("grant", "true")
                        .param("reason", "因岗位调整兼任安全管理"));
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("account.admin.error.separation");
        String form = part(back("secadmin", refused), "role-form", "</form>");
        assertThat(form).contains("value=\"因岗位调整兼任安全管理\"").containsPattern("<option value=\"SECURITY_ADMIN\" selected");
        assertThat(besides(form, "role")).startsWith("三权分立");
    }

    @Test
    void aPolicyNumberTooLargeIsRefusedBesideItsFieldWithTheOthersKept() throws Exception {
        String page = mvc.perform(get("/admin/policy").with(users.as("secadmin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).isTrue();
        var refused = send(
                "secadmin",
                "/admin/policy",
                post("/admin/policy")
                        .param("version", version.group(1))
                        .param("lockoutAttempts", "5")
                        .param("lockoutWindowMinutes", "99999999999999999999")
                        .param("lockoutMinutes", "17")
                        .param("ipAttempts", "30")
                        .param("passwordMinLength", "12")
                        .param("passwordExpiryDays", "90")
                        .param("passwordHistory", "5")
                        .param("sessionIdleMinutes", "30")
                        .param("sessionAbsoluteHours", "8")
                        .param("privilegedMaxSessions", "1")
                        .cookie(new Cookie("CHUYI_LANG", "en")));
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        String form = part(back("secadmin", refused, new Cookie("CHUYI_LANG", "en")), "policy-form", "</form>");
        assertThat(form).contains("value=\"99999999999999999999\"").contains("value=\"17\"");
        assertThat(besides(form, "lockoutWindowMinutes")).isEqualTo("Enter a whole number no greater than 2147483647.");

        // a number cleared from the form: "please fill in", beside it, not a 400 page
        var cleared = send(
                "secadmin",
                "/admin/policy",
                post("/admin/policy")
                        .param("version", version.group(1))
                        .param("lockoutAttempts", "5")
                        .param("lockoutWindowMinutes", "15")
                        .param("lockoutMinutes", "")
                        .param("ipAttempts", "30")
                        .param("passwordMinLength", "12")
                        .param("passwordExpiryDays", "90")
                        .param("passwordHistory", "5")
                        .param("sessionIdleMinutes", "30")
                        .param("sessionAbsoluteHours", "8")
                        .param("privilegedMaxSessions", "1"));
        assertThat(cleared.getResponse().getStatus()).isEqualTo(302);
        form = part(back("secadmin", cleared), "policy-form", "</form>");
        assertThat(form).contains("value=\"15\"");
        assertThat(besides(form, "lockoutMinutes")).isEqualTo("请填写此项。");
    }

    @Test
    void aNominationNumberTooLargeGetsASentenceNotAConverterMessage() throws Exception {
        long round = id("select id from selection_round where title = '2026年楚怡优质中职专业（群）遴选（演示）'");
        for (String lang : new String[] {"zh-CN", "en"}) {
            String page = send(
                            "xhcy",
                            "/nominations/new?round=" + round,
                            post("/nominations")
                                    .param("round", String.valueOf(round))
                                    .param("title", "保留的申报标题")
                                    .param("workStations", "99999999999999999999")
                                    .param("siteAreaM2", "12x")
                                    .param("version", "0")
                                    .cookie(new Cookie("CHUYI_LANG", lang)))
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .contains("value=\"保留的申报标题\"")
                    .doesNotContain("Failed to convert")
                    .doesNotContain("java.lang");
            assertThat(page)
                    .contains(
                            lang.equals("en")
                                    ? "Enter a whole number no greater than 2147483647."
                                    : "请填写整数，且不超过 2147483647。");
        }
    }
}
