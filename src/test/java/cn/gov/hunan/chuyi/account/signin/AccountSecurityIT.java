package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Lockout, throttling, one-time passwords, separation of duties, sessions, headers, error pages, escaping. */
@ExtendWith(OutputCaptureExtension.class)
class AccountSecurityIT extends PostgresIntegrationTest {

    @Autowired
    @SuppressWarnings("rawtypes")
    private SessionRepository sessions;

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    @SuppressWarnings("unchecked")
    private void save(Session session) {
        sessions.save(session);
    }

    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from sign_in_failure where client_ip like '10.%'");
    }

    private MvcResult signIn(String user, String password, String ip) throws Exception {
        return mvc.perform(login(user, password, ip)).andReturn();
    }

    private static MockHttpServletRequestBuilder login(String user, String password, String ip) {
        return post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(from(ip));
    }

    @Test
    void fiveFailuresLockTheNameWhetherItExistsOrNotAndTheLockIsAudited(CapturedOutput output) throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn("inspector1", "wrong-" + i, "10.0.0.5");
        }
        assertThat(signIn("inspector1", DEMO_PASSWORD, "10.0.0.5").getResponse().getRedirectedUrl())
                .as("four failures, each counted once, do not lock")
                .isEqualTo("/");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("inspector2", "wrong-" + i, "10.0.0.1")
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error");
            signIn("no-such-person", "wrong-" + i, "10.0.0.2");
        }
        assertThat(signIn("inspector2", DEMO_PASSWORD, "10.0.0.1").getResponse().getRedirectedUrl())
                .as("locked even with the right password")
                .isEqualTo("/login?locked");
        assertThat(signIn("no-such-person", "anything", "10.0.0.2")
                        .getResponse()
                        .getRedirectedUrl())
                .as("a name that does not exist locks the same way")
                .isEqualTo("/login?locked");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOCKOUT' and actor = 'inspector2'",
                        Integer.class))
                .isEqualTo(1);
        String page =
                mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该账号已被暂时锁定");
        // the lock ends after its time: move the failures back beyond the window
        jdbc.update(
                "update sign_in_failure set failed_at = failed_at - interval '40' minute where username = 'inspector2'");
        assertThat(signIn("inspector2", DEMO_PASSWORD, "10.0.0.1").getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(output).doesNotContain(DEMO_PASSWORD).doesNotContain("wrong-3");
    }

    @Test
    void anAddressThatFailsTooOftenIsThrottledWhateverNamesItTries() throws Exception {
        for (int i = 0; i < 30; i++) {
            signIn("guess" + i, "x", "10.0.0.3");
        }
        assertThat(jdbc.queryForList(
                        "select client_ip from sign_in_failure where username like 'guess%'", String.class))
                .hasSize(30)
                .containsOnly("10.0.0.3");
        assertThat(signIn("admin", DEMO_PASSWORD, "10.0.0.3").getResponse().getRedirectedUrl())
                .isEqualTo("/login?throttled");
        assertThat(signIn("admin", DEMO_PASSWORD, "10.0.0.4").getResponse().getRedirectedUrl())
                .as("another address")
                .isEqualTo("/");
    }

    @Test
    void aNewAccountsOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String page = mvc.perform(post("/admin/users")
                        .with(users.as("sysadmin"))
                        .with(csrf())
                        .param("username", "NewOfficer")
                        .param("displayName", "新市州账号")
                        .param("cityCode", "431300"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("id=\"one-time-password\"[^>]*>([^<]+)<").matcher(page);
        assertThat(matcher.find()).isTrue();
        String oneTime = matcher.group(1).replace("&amp;", "&").replace("&#39;", "'");
        assertThat(jdbc.queryForObject("select username from app_user where username = 'newofficer'", String.class))
                .as("usernames are unique regardless of case")
                .isEqualTo("newofficer");
        assertThat(mvc.perform(post("/admin/users")
                                .with(users.as("sysadmin"))
                                .with(csrf())
                                .param("username", "NEWOFFICER")
                                .param("displayName", "x"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("用户名已存在");
        assertThat(mvc.perform(post("/admin/users")
                                .with(users.as("sysadmin"))
                                .with(csrf())
                                .param("username", "nowhere")
                                .param("displayName", "x")
                                .param("cityCode", "999999"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("an unknown binding is explained, not a server error")
                .contains("所填市州代码或单位编号不存在");

        MvcResult login = signIn("newofficer", oneTime, "10.0.1.1");
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        var session = SessionCookie.of(mvc, login);
        assertThat(session.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password");
        String refused = session.perform(post("/account/password")
                        .with(csrf())
                        .param("current", oneTime)
                        .param("next", oneTime)
                        .param("confirmation", oneTime))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("不能使用最近用过的密码");
        String weak = session.perform(post("/account/password")
                        .with(csrf())
                        .param("current", oneTime)
                        .param("next", "newofficer2026")
                        .param("confirmation", "newofficer2026"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(weak).contains("三类").contains("不能包含用户名");
        var changed = session.perform(post("/account/password")
                        .with(csrf())
                        .param("current", oneTime)
                        .param("next", "Lou-di 市州 2026")
                        .param("confirmation", "Lou-di 市州 2026"))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.perform(get("/notifications"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select password_hash from app_user where username = 'newofficer'", String.class))
                .startsWith("{pbkdf2}");
    }

    @Test
    void noAccountHoldsTwoAdministratorRolesAndNobodyGrantsThemselves() throws Exception {
        long sysadmin = jdbc.queryForObject("select id from app_user where username = 'sysadmin'", Long.class);
        long secadmin = jdbc.queryForObject("select id from app_user where username = 'secadmin'", Long.class);
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        long expert = jdbc.queryForObject("select id from app_user where username = 'expert5'", Long.class);
        assertThat(grant("secadmin", sysadmin, "AUDITOR").getFlashMap().get("errorKey"))
                .isEqualTo("account.admin.error.separation");
        assertThat(grant("secadmin", admin, "SYSTEM_ADMIN").getFlashMap().get("errorKey"))
                .isEqualTo("account.admin.error.separation");
        assertThat(grant("secadmin", secadmin, "EXPERT").getFlashMap().get("errorKey"))
                .isEqualTo("account.admin.error.self");
        assertThat(grant("secadmin", expert, "INSPECTOR", " ").getFlashMap().get("errorKey"))
                .as("a reason is required")
                .isEqualTo("account.admin.error.reason");
        assertThat(grant("sysadmin", expert, "INSPECTOR").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(grant("auditor", expert, "INSPECTOR").getResponse().getStatus())
                .isEqualTo(403);
        mvc.perform(post("/admin/users/" + expert + "/roles")
                .with(users.as("secadmin"))
                .with(csrf())
                .param("role", "INSPECTOR")
                .param("grant", "true")
                .param("reason", "督导工作需要"));
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, expert))
                .contains("INSPECTOR");
        mvc.perform(post("/admin/users/" + expert + "/roles")
                .with(users.as("secadmin"))
                .with(csrf())
                .param("role", "INSPECTOR")
                .param("grant", "false")
                .param("reason", "督导结束"));
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, expert))
                .doesNotContain("INSPECTOR");
        assertThat(jdbc.queryForList(
                        "select details from audit_event where action = 'STATE_CHANGE' and target_type = 'AccountChange'"
                                + " and target_id = ? order by id",
                        String.class,
                        String.valueOf(expert)))
                .anyMatch(d -> d.contains("ROLE_GRANTED"))
                .anyMatch(d -> d.contains("ROLE_REVOKED"));
        // the system administrator does not disable or reset itself, and never deletes: there is no such endpoint
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, sysadmin);
        assertThat(mvc.perform(post("/admin/users/" + sysadmin + "/enabled")
                                .with(users.as("sysadmin"))
                                .with(csrf())
                                .header("Referer", "http://localhost/admin/users")
                                .param("enabled", "false")
                                .param("reason", "x")
                                .param("confirmed", "true")
                                .param("version", String.valueOf(version)))
                        .andReturn()
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("account.admin.error.self");
        assertThat(mvc.perform(get("/admin/users").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MvcResult grant(String actor, long id, String role) throws Exception {
        return grant(actor, id, role, "测试");
    }

    private MvcResult grant(String actor, long id, String role, String reason) throws Exception {
        return mvc.perform(post("/admin/users/" + id + "/roles")
                        .with(users.as(actor))
                        .with(csrf())
                        .header("Referer", "http://localhost/admin/users/" + id)
                        .param("role", role)
                        .param("grant", "true")
                        .param("reason", reason))
                .andReturn();
    }

    @Test
    void aRefusedPolicyComesBackWithWhatWasTyped() throws Exception {
        long version = jdbc.queryForObject("select version from security_policy", Long.class);
        String page = mvc.perform(post("/admin/policy")
                        .with(users.as("secadmin"))
                        .with(csrf())
                        .param("lockoutAttempts", "5")
                        .param("lockoutWindowMinutes", "15")
                        .param("lockoutMinutes", "15")
                        .param("ipAttempts", "30")
                        .param("passwordMinLength", "8")
                        .param("passwordExpiryDays", "90")
                        .param("passwordHistory", "5")
                        .param("sessionIdleMinutes", "25")
                        .param("sessionAbsoluteHours", "12")
                        .param("privilegedMaxSessions", "1")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("有设置超出允许范围").contains("value=\"8\"").contains("value=\"25\"");
        assertThat(jdbc.queryForObject("select password_min_length from security_policy", Integer.class))
                .isEqualTo(10);
    }

    @Test
    void aSignInGetsANewSessionIdTheIdleTimeoutAndPrivilegedAccountsOneSession() throws Exception {
        var browser = SessionCookie.fresh(mvc);
        browser.perform(get("/login"));
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page starts a session (CSRF token)").isNotNull();
        browser.perform(login("admin", DEMO_PASSWORD, "10.0.2.1"));
        var firstSession = browser;
        assertThat(firstSession.sessionId()).as("no session fixation").isNotEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select max_inactive_interval from spring_session where session_id = ?",
                        Integer.class,
                        firstSession.sessionId()))
                .as("the policy's idle timeout, kept in the shared store")
                .isEqualTo(30 * 60);
        MvcResult second = signIn("admin", DEMO_PASSWORD, "10.0.2.2");
        assertThat(firstSession.perform(get("/")).andReturn().getResponse().getRedirectedUrl())
                .as("the older session of a privileged account ends")
                .isEqualTo("/login?expired");
        var secondSession = SessionCookie.of(mvc, second);
        assertThat(secondSession.perform(get("/")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        // absolute lifetime: a session started 13 hours ago ends whatever its activity
        Session stored = sessions.findById(secondSession.sessionId());
        stored.setAttribute(SignInFlow.STARTED, Instant.now().minus(13, ChronoUnit.HOURS));
        save(stored);
        assertThat(secondSession.perform(get("/")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");

        // a school administrator may hold several sessions, and ends them all at once
        var a = SessionCookie.of(mvc, signIn("hngy", DEMO_PASSWORD, "10.0.2.3"));
        var b = SessionCookie.of(mvc, signIn("hngy", DEMO_PASSWORD, "10.0.2.4"));
        assertThat(a.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
        b.perform(post("/account/sessions/sign-out-everywhere").with(csrf()));
        assertThat(a.perform(get("/")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
    }

    @Test
    void aSessionRecordsItsAccessesToTheMinuteNotOnEveryPage() throws Exception {
        var browser = SessionCookie.of(mvc, signIn("hngy", DEMO_PASSWORD, "10.0.2.9"));
        String lastAccess = "select last_access_time from spring_session where session_id = ?";
        long signedIn = jdbc.queryForObject(lastAccess, Long.class, browser.sessionId());
        for (String page : List.of("/", "/nominations", "/projects", "/notifications")) {
            assertThat(browser.perform(get(page)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
        assertThat(jdbc.queryForObject(lastAccess, Long.class, browser.sessionId()))
                .as("four pages within the minute: no write")
                .isEqualTo(signedIn);
        String recorded = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(Instant.ofEpochMilli(signedIn).atZone(PortalTime.ZONE));
        assertThat(browser.perform(get("/account/sessions"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the last access in the portal's time zone")
                .contains(recorded);
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - 120000 where session_id = ?",
                browser.sessionId());
        browser.perform(get("/"));
        assertThat(jdbc.queryForObject(lastAccess, Long.class, browser.sessionId()))
                .as("a page more than a minute after the recorded access is recorded")
                .isGreaterThanOrEqualTo(signedIn);
    }

    @Test
    void aSessionWrittenByAnIncompatibleVersionSignsTheUserOutInsteadOfFailing() throws Exception {
        var browser = SessionCookie.of(mvc, signIn("hngy", DEMO_PASSWORD, "10.0.2.10"));
        // as after an upgrade that changed the signed-in user's class: the stored bytes no longer read
        jdbc.update("""
                update spring_session_attributes set attribute_bytes = decode('aced0005737200', 'hex')
                where attribute_name = 'SPRING_SECURITY_CONTEXT'
                  and session_primary_id = (select primary_id from spring_session where session_id = ?)""", browser.sessionId());
        var response = browser.perform(get("/projects")).andReturn().getResponse();
        assertThat(response.getStatus()).as("not a server error").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        var again = SessionCookie.of(mvc, signIn("hngy", DEMO_PASSWORD, "10.0.2.10"));
        assertThat(again.perform(get("/projects")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndErrorsShowOnlyAReference() throws Exception {
        for (String path :
                List.of("/login", "/", "/publicity", "/organizations/999999999", "/programs/THINK_TANK/target")) {
            var response = mvc.perform(get(path).with(users.as("changsha")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getHeader("Content-Security-Policy"))
                    .as(path)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.getHeader("X-Request-Id")).as(path).matches("[0-9a-f]{12}");
        }
        assertThat(mvc.perform(get("/login").secure(true))
                        .andReturn()
                        .getResponse()
                        .getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isNull();
        var notFound = mvc.perform(get("/organizations/not-a-number").with(users.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getContentAsString())
                .contains("参考编号")
                .contains(notFound.getHeader("X-Request-Id"))
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("org.springframework");
    }

    @Test
    void textTypedIntoFormsIsEscapedWhereverItIsShown() throws Exception {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        long lead = jdbc.queryForObject("select id from organization where name = '湖南工业职业技术学院'", Long.class);
        String group = mvc.perform(post("/groups")
                        .with(users.as("admin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/groups")
                        .param("name", "XSS" + payload)
                        .param("lead", String.valueOf(lead))
                        .param("foundedOn", "2020-01-01")
                        .param("description", payload))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String think = mvc.perform(post("/think-tank")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("kind", "FORUM")
                        .param("title", "XSS" + payload)
                        .param("heldOn", "2025-01-01")
                        .param("speakers", payload)
                        .param("place", payload)
                        .param("summary", payload))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String person = mvc.perform(post("/inheritors/nominations")
                        .with(users.as("xhcy"))
                        .with(csrf())
                        .param("name", "X<b>")
                        .param("position", payload)
                        .param("achievements", payload)
                        .param("competition", "OTHER")
                        .param("competitionName", payload)
                        .param("awardYear", "2024")
                        .param("level", "CITY")
                        .param("award", payload))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        for (String[] page : new String[][] {
            {"admin", group},
            {"admin", "/groups"},
            {null, think},
            {null, "/think-tank"},
            {"admin", person},
            {"admin", "/inheritors/nominations"}
        }) {
            var request = get(page[1]);
            if (page[0] != null) {
                request.with(users.as(page[0]));
            }
            String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
            assertThat(html)
                    .as(page[1])
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .doesNotContain("X<b>");
        }
        assertThat(mvc.perform(get(group).with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
}
