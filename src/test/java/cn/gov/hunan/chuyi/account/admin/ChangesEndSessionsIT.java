package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A session holds the user as they were at sign-in. A change of binding or role ends every session of the account, so
 * an officer moved to another city does not keep the old city's data; a change of one's own password ends one's other
 * sessions and keeps the current one, under a new id.
 */
class ChangesEndSessionsIT extends PostgresIntegrationTest {

    @Autowired
    AccountAdmin admin;

    @Autowired
    PasswordEncoder encoder;

    /** A city officer of Changsha (430100) who signs in with the demo password. */
    private long cityOfficer(String prefix) {
        String name = prefix + (System.nanoTime() % 1_000_000);
        long id = admin.create(name, "市州账号（会话测试）", "430100", null, users.principal("sysadmin"))
                .accountId();
        jdbc.update(
                "update app_user set password_hash = ?, must_change_password = false where id = ?",
                encoder.encode(DEMO_PASSWORD),
                id);
        jdbc.update("insert into user_role (user_id, role) values (?, 'CITY_OFFICER')", id);
        return id;
    }

    private SessionCookie signIn(long account) throws Exception {
        String name = jdbc.queryForObject("select username from app_user where id = ?", String.class, account);
        var result = mvc.perform(post("/login")
                        .param("username", name)
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return SessionCookie.of(mvc, result);
    }

    private String version(long account) {
        return String.valueOf(jdbc.queryForObject("select version from app_user where id = ?", Long.class, account));
    }

    @Test
    void anOfficerBoundToAnotherCityIsSentToSignInAndARoleGrantDoesTheSame() throws Exception {
        long officer = cityOfficer("moved-");
        var changsha = signIn(officer);
        assertThat(changsha.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        mvc.perform(post("/admin/users/" + officer)
                .with(users.as("sysadmin"))
                .with(csrf())
                .param("displayName", "市州账号（已调娄底）")
                .param("cityCode", "431300")
                .param("version", version(officer)));
        assertThat(jdbc.queryForObject("select city_code from app_user where id = ?", String.class, officer))
                .isEqualTo("431300");
        assertThat(changsha.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the Changsha session ends with the binding")
                .isEqualTo("/login?expired");

        var loudi = signIn(officer);
        mvc.perform(post("/admin/users/" + officer)
                .with(users.as("sysadmin"))
                .with(csrf())
                .param("displayName", "只改姓名")
                .param("cityCode", "431300")
                .param("version", version(officer)));
        assertThat(loudi.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a new name alone changes nothing the session relies on")
                .isEqualTo(200);
        mvc.perform(post("/admin/users/" + officer + "/roles")
                .with(users.as("secadmin"))
                .with(csrf())
                .param("role", "INSPECTOR")
                .param("grant", "true")
                .param("reason", "督导工作需要"));
        assertThat(loudi.perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("a role granted: the session signs in again with it")
                .isEqualTo("/login?expired");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOneUnderANewId() throws Exception {
        long officer = cityOfficer("pw-");
        var here = signIn(officer);
        var elsewhere = signIn(officer);
        String before = here.sessionId();
        var changed = here.perform(post("/account/password")
                        .with(csrf())
                        .param("current", DEMO_PASSWORD)
                        .param("next", "Xin-mima 2027!")
                        .param("confirmation", "Xin-mima 2027!"))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(here.sessionId())
                .as("the session that made the change goes on under a new id")
                .isNotEqualTo(before);
        assertThat(here.perform(get("/organizations")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(elsewhere
                        .perform(get("/organizations"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("a session opened with the old password ends")
                .isEqualTo("/login?expired");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, before))
                .as("the old id is gone from the store")
                .isZero();
    }
}
