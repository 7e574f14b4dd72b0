package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.twofactor.Authenticators;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The attacks of the second security review on sign-in: guessing the second factor, a lockout that keeps the owner
 * out for good, guessing the password from a stolen session. Each test fails on the code before the fix.
 */
class SignInAttackIT extends PostgresIntegrationTest {

    private static final String OWNER = "10.20.0.1";
    private static final String ATTACKER = "10.66.0.6";

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AccountRepository accounts;

    private List<String> recovery;

    @BeforeEach
    void enrolHngy() {
        long id = accounts.findByUsername("hngy").orElseThrow().id();
        String secret = Authenticators.newSecret();
        recovery = twoFactor.enrol(id, secret, Authenticators.codeNow(secret));
    }

    @AfterEach
    void reset() {
        jdbc.update("delete from recovery_code where user_id in (select id from app_user where username = 'hngy')");
        jdbc.update(
                "update app_user set totp_enabled = false, totp_secret = null, totp_last_step = null, lockout_released_at = null "
                        + "where username = 'hngy'");
        jdbc.update("delete from known_sign_in_address where client_ip like '10.%'");
        jdbc.update("delete from sign_in_failure where client_ip like '10.%'");
        jdbc.update("update security_policy set ip_attempts = 30, lockout_minutes = 15, lockout_window_minutes = 15");
    }

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    private MvcResult password(String user, String password, String ip) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", password)
                        .with(csrf())
                        .with(from(ip)))
                .andReturn();
    }

    private static String code(SessionCookie session, String code, String ip) throws Exception {
        var response = session.perform(
                        post("/login/two-factor").with(csrf()).with(from(ip)).param("code", code))
                .andReturn()
                .getResponse();
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl() : response.getContentAsString();
    }

    private int failuresOf(String user) {
        return jdbc.queryForObject("select count(*) from sign_in_failure where username = ?", Integer.class, user);
    }

    @Test
    void wrongCodesEndThePendingSignInAfterThreeAndCountTowardTheLockout() throws Exception {
        var pending = SessionCookie.of(mvc, password("hngy", DEMO_PASSWORD, ATTACKER));
        assertThat(code(pending, "000000", ATTACKER)).contains("id=\"wrong-code\"");
        assertThat(code(pending, "aaaaa-bbbbb", ATTACKER))
                .as("a wrong recovery code counts alike")
                .contains("id=\"wrong-code\"");
        assertThat(code(pending, "111111", ATTACKER)).isEqualTo("/login?codes");
        assertThat(code(pending, recovery.get(0), ATTACKER))
                .as("the pending sign-in is over: the right code no longer helps")
                .doesNotContain("/login?codes")
                .isNotEqualTo("/");
        assertThat(pending.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(failuresOf("hngy")).isEqualTo(3);
        assertThat(mvc.perform(get("/login?codes")).andReturn().getResponse().getContentAsString())
                .contains("验证码错误次数过多");

        // two more wrong codes in a second pending sign-in reach the lockout (5): the sign-in ends as locked
        var second = SessionCookie.of(mvc, password("hngy", DEMO_PASSWORD, ATTACKER));
        assertThat(code(second, "222222", ATTACKER)).contains("id=\"wrong-code\"");
        assertThat(code(second, "333333", ATTACKER)).isEqualTo("/login?locked");
        assertThat(password("hngy", DEMO_PASSWORD, ATTACKER).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
    }

    @Test
    void aLockedNameCannotFinishSigningInEvenWithTheRightCode() throws Exception {
        var pending = SessionCookie.of(mvc, password("hngy", DEMO_PASSWORD, ATTACKER));
        for (int i = 0; i < 5; i++) {
            password("hngy", "wrong-" + i, ATTACKER);
        }
        assertThat(code(pending, recovery.get(0), ATTACKER)).isEqualTo("/login?locked");
        assertThat(pending.perform(get("/projects")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code where used_at is not null and user_id = "
                                + "(select id from app_user where username = 'hngy')",
                        Integer.class))
                .as("the code was not even tried")
                .isZero();
    }

    @Test
    void wrongCodesCountTowardTheAddressThrottle() throws Exception {
        jdbc.update("update security_policy set ip_attempts = 5");
        var pending = SessionCookie.of(mvc, password("hngy", DEMO_PASSWORD, ATTACKER));
        code(pending, "000000", ATTACKER);
        code(pending, "000001", ATTACKER);
        code(pending, "000002", ATTACKER);
        password("someone-else", "x", ATTACKER);
        password("another-one", "x", ATTACKER);
        assertThat(password("xhcy", DEMO_PASSWORD, ATTACKER).getResponse().getRedirectedUrl())
                .isEqualTo("/login?throttled");
    }

    @Test
    void theOwnerWithASecondFactorStillSignsInFromAKnownAddressWhileOthersLockTheName() throws Exception {
        var first = SessionCookie.of(mvc, password("hngy", DEMO_PASSWORD, OWNER));
        assertThat(code(first, recovery.get(0), OWNER)).isEqualTo("/");
        for (int i = 0; i < 5; i++) {
            password("hngy", "guess-" + i, ATTACKER);
        }
        assertThat(password("hngy", DEMO_PASSWORD, ATTACKER).getResponse().getRedirectedUrl())
                .as("the lockout holds elsewhere")
                .isEqualTo("/login?locked");
        assertThat(password("hngy", DEMO_PASSWORD, "10.20.0.99").getResponse().getRedirectedUrl())
                .as("and at an address the owner never signed in from")
                .isEqualTo("/login?locked");

        MvcResult owner = password("hngy", DEMO_PASSWORD, OWNER);
        assertThat(owner.getResponse().getRedirectedUrl())
                .as("the owner's address: password, then the second factor")
                .isEqualTo("/login/two-factor");
        assertThat(code(SessionCookie.of(mvc, owner), recovery.get(1), OWNER)).isEqualTo("/");

        // guessing from the owner's address is still locked, counted there alone
        for (int i = 0; i < 5; i++) {
            password("hngy", "near-" + i, OWNER);
        }
        assertThat(password("hngy", DEMO_PASSWORD, OWNER).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
    }

    @Test
    void withoutASecondFactorAKnownAddressDoesNotPassALock() throws Exception {
        assertThat(password("xhcy", DEMO_PASSWORD, OWNER).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        for (int i = 0; i < 5; i++) {
            password("xhcy", "guess-" + i, ATTACKER);
        }
        assertThat(password("xhcy", DEMO_PASSWORD, OWNER).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
    }

    @Test
    void theSecurityAdministratorReleasesALockAndOnlyThey() throws Exception {
        for (int i = 0; i < 5; i++) {
            password("xhcy", "guess-" + i, ATTACKER);
        }
        long id = accounts.findByUsername("xhcy").orElseThrow().id();
        String page = mvc.perform(get("/admin/users/" + id).with(users.as("secadmin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("登录已锁定至").contains("id=\"release-lockout\"").contains("data-confirm=");
        assertThat(mvc.perform(post("/admin/users/" + id + "/lockout/release")
                                .with(users.as("sysadmin"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(password("xhcy", DEMO_PASSWORD, OWNER).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");

        assertThat(mvc.perform(post("/admin/users/" + id + "/lockout/release")
                                .with(users.as("secadmin"))
                                .with(csrf())
                                .param("confirmed", "true"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/users/" + id);
        assertThat(password("xhcy", DEMO_PASSWORD, OWNER).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(jdbc.queryForList(
                        "select to_status from account_change where user_id = ? order by id desc limit 1",
                        String.class,
                        id))
                .containsExactly("LOCKOUT_RELEASED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = 'secadmin' and details like '%LOCKOUT_RELEASED%'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void thePolicyCannotMakeALockoutEndless() throws Exception {
        long version = jdbc.queryForObject("select version from security_policy", Long.class);
        String page = mvc.perform(post("/admin/policy")
                        .with(users.as("secadmin"))
                        .with(csrf())
                        .param("lockoutAttempts", "3")
                        .param("lockoutWindowMinutes", "15")
                        .param("lockoutMinutes", "100000")
                        .param("ipAttempts", "30")
                        .param("passwordMinLength", "10")
                        .param("passwordExpiryDays", "90")
                        .param("passwordHistory", "5")
                        .param("sessionIdleMinutes", "30")
                        .param("sessionAbsoluteHours", "12")
                        .param("privilegedMaxSessions", "1")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("锁定时长 5 至 60 分钟").contains("value=\"100000\"");
        assertThat(jdbc.queryForObject("select lockout_minutes from security_policy", Integer.class))
                .isEqualTo(15);
    }

    @Test
    void wrongCurrentPasswordsAreCountedAuditedAndEndTheSessionAtTheLockout() throws Exception {
        String audited =
                "select count(*) from audit_event where action = 'PASSWORD_CHANGE' and outcome = 'FAILURE' and actor = 'xhcy'";
        int before = jdbc.queryForObject(audited, Integer.class);
        var stolen = SessionCookie.of(mvc, password("xhcy", DEMO_PASSWORD, ATTACKER));
        for (int i = 0; i < 4; i++) {
            String page = stolen.perform(post("/account/password")
                            .with(csrf())
                            .with(from(ATTACKER))
                            .param("current", "guess-" + i)
                            .param("next", "Another#Passw0rd")
                            .param("confirmation", "Another#Passw0rd"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("当前密码不正确");
        }
        assertThat(failuresOf("xhcy")).isEqualTo(4);
        assertThat(jdbc.queryForObject(audited, Integer.class)).isEqualTo(before + 4);
        assertThat(stolen.perform(post("/account/password")
                                .with(csrf())
                                .with(from(ATTACKER))
                                .param("current", "guess-4")
                                .param("next", "Another#Passw0rd")
                                .param("confirmation", "Another#Passw0rd"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(stolen.perform(get("/projects")).andReturn().getResponse().getRedirectedUrl())
                .as("the session ended")
                .endsWith("/login");
        assertThat(password("xhcy", DEMO_PASSWORD, ATTACKER).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOCKOUT' and actor = 'xhcy'", Integer.class))
                .isPositive();
    }
}
