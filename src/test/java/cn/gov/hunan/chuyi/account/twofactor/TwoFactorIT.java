package cn.gov.hunan.chuyi.account.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.account.policy.TwoFactorSwitch;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Two-factor sign-in: enrolment at the first sign-in where required, codes accepted once, recovery codes, opting in. */
class TwoFactorIT extends PostgresIntegrationTest {

    @Autowired
    TwoFactorRules rules;

    @AfterEach
    void reset() {
        TwoFactorSwitch.enforce(rules, false);
        jdbc.update(
                "delete from recovery_code where user_id in (select id from app_user where username in ('expert4', 'hngy'))");
        jdbc.update(
                "update app_user set totp_enabled = false, totp_secret = null, totp_last_step = null where username in ('expert4', 'hngy')");
        jdbc.update("delete from sign_in_failure where username in ('expert4', 'hngy')");
    }

    private MvcResult login(String user) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andReturn();
    }

    private MvcResult code(SessionCookie session, String code) throws Exception {
        return session.perform(post("/login/two-factor").with(csrf()).param("code", code))
                .andReturn();
    }

    private static String group(String html, String regex) {
        var m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void whereRequiredTheFirstSignInEnrolsAndEveryCodeWorksOnce() throws Exception {
        TwoFactorSwitch.enforce(rules, true);
        MvcResult first = login("expert4");
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/two-factor");
        var session = SessionCookie.of(mvc, first);
        assertThat(session.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("nothing opens before the second factor")
                .isEqualTo("/login/two-factor");
        assertThat(session.perform(get("/programs")).andReturn().getResponse().getStatus())
                .isIn(302, 403);
        String page = session.perform(get("/login/two-factor"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = group(page, "id=\"totp-secret\">([A-Z2-7]+)<");
        var qr = session.perform(get("/login/two-factor/qr.svg")).andReturn().getResponse();
        assertThat(qr.getContentType()).startsWith("image/svg+xml");
        assertThat(qr.getContentAsString())
                .startsWith("<svg")
                .contains("<path fill=\"#000\" d=\"M")
                .doesNotContain("style=");

        assertThat(code(session, "000000").getResponse().getContentAsString()).contains("id=\"wrong-code\"");
        String codeNow = Totp.code(secret, Totp.step(Instant.now().getEpochSecond()));
        String recoveryPage = code(session, codeNow).getResponse().getContentAsString();
        List<String> recovery = new ArrayList<>();
        Pattern.compile("<li>([a-z2-7]{5}-[a-z2-7]{5})</li>")
                .matcher(recoveryPage)
                .results()
                .forEach(r -> recovery.add(r.group(1)));
        assertThat(recovery).hasSize(10);
        assertThat(session.perform(get("/reviews")).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        // next sign-in: the code just used is refused (replay), a recovery code works once
        var again = SessionCookie.of(mvc, login("expert4"));
        assertThat(code(again, codeNow).getResponse().getContentAsString()).contains("id=\"wrong-code\"");
        assertThat(code(again, recovery.get(0)).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        var third = SessionCookie.of(mvc, login("expert4"));
        assertThat(code(third, recovery.get(0)).getResponse().getContentAsString())
                .contains("id=\"wrong-code\"");
        assertThat(code(third, recovery.get(1)).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(jdbc.queryForObject("select totp_secret from app_user where username = 'expert4'", String.class))
                .as("sealed with the key from the environment")
                .startsWith("v1:")
                .doesNotContain(secret);
        assertThat(jdbc.queryForList(
                        "select outcome from audit_event where action = 'SECOND_FACTOR' and actor = 'expert4' order by id",
                        String.class))
                .containsExactly("FAILURE", "SUCCESS", "FAILURE", "SUCCESS", "FAILURE", "SUCCESS");
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code where used_at is not null and user_id = "
                                + "(select id from app_user where username = 'expert4')",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void whereOptionalAUserMayTurnItOnAndThenSignsInWithIt() throws Exception {
        assertThat(login("hngy").getResponse().getRedirectedUrl()).isEqualTo("/");
        var session = SessionCookie.of(mvc, login("hngy"));
        String page = session.perform(get("/account/two-factor"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("可选");
        String secret = group(page, "id=\"totp-secret\">([A-Z2-7]+)<");
        String recovery = session.perform(post("/account/two-factor")
                        .with(csrf())
                        .param("code", Totp.code(secret, Totp.step(Instant.now().getEpochSecond()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(recovery).contains("id=\"recovery-codes\"");

        MvcResult next = login("hngy");
        assertThat(next.getResponse().getRedirectedUrl())
                .as("now asked for a code")
                .isEqualTo("/login/two-factor");
        var pending = SessionCookie.of(mvc, next);
        String later = Totp.code(secret, Totp.step(Instant.now().getEpochSecond()) + 1);
        assertThat(code(pending, later).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(pending.perform(
                                post("/account/two-factor/remove").with(csrf()).param("code", "123456"))
                        .andReturn()
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("account.twoFactor.error.code");
    }
}
