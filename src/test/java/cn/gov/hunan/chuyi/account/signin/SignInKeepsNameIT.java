package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A failed sign-in costs the password alone: the page comes back with the user name as typed (escaped like any
 * text), never the password, and the name is not put in the address.
 */
class SignInKeepsNameIT extends PostgresIntegrationTest {

    private static MockHttpServletRequestBuilder signIn(String user, String password) {
        return post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf());
    }

    @Test
    void theSignInPageKeepsTheUserNameButNeverThePassword() throws Exception {
        var browser = SessionCookie.fresh(mvc);
        var failed =
                browser.perform(signIn("nobody-forms", "Wrong#Password-731")).andReturn();
        String location = failed.getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/login?error").doesNotContain("nobody-forms");
        String page = browser.perform(get(location)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .containsPattern("id=\"username\"[^>]*value=\"nobody-forms\"")
                .doesNotContain("Wrong#Password-731");
        assertThat(page).as("the password field takes the focus").containsPattern("id=\"password\"[^>]*autofocus");

        // once: the next visit starts empty
        String again = browser.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain("nobody-forms");

        // typed markup comes back as text
        var browser2 = SessionCookie.fresh(mvc);
        browser2.perform(signIn("<b>x\"y", "whatever-1")).andReturn();
        String escaped =
                browser2.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
        assertThat(escaped).contains("value=\"&lt;b&gt;x&quot;y\"").doesNotContain("<b>x");
    }
}
