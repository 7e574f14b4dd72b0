package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

class SignInIT extends PostgresIntegrationTest {

    @Test
    void demoAccountSignsInWithItsPasswordAndLandsOnTheDashboard() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("admin").withRoles("PROVINCE_ADMIN"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void usernameIsNotCaseSensitive() throws Exception {
        mvc.perform(formLogin("/login").user("LouDi").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("loudi"));
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-here").password(DEMO_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashesNeverAsText() {
        var hashes = jdbc.queryForList("select password_hash from app_user", String.class);
        // the demo seeds bcrypt; a sign-in re-hashes with PBKDF2, which never truncates a long passphrase
        assertThat(hashes)
                .isNotEmpty()
                .allSatisfy(hash -> assertThat(hash)
                        .matches("\\{bcrypt}\\$2a\\$12\\$.*|\\{pbkdf2}[0-9a-f]{80,}")
                        .doesNotContain(DEMO_PASSWORD));
    }

    @Test
    void signOutIsAPostAndEndsTheSession() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
        // a GET must not sign anybody out (CSRF): it is not a logout endpoint
        mvc.perform(get("/logout")).andExpect(status().is3xxRedirection()).andExpect(unauthenticated());
    }

    @Test
    void loginPageOfTheProductionProfileShowsNoDemoPassword() throws Exception {
        var html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("id=\"login-form\"")
                .doesNotContain(DEMO_PASSWORD)
                .doesNotContain("demo-hint");
    }
}
