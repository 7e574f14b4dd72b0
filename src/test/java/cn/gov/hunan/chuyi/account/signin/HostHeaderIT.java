package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client chooses the Host header (and, through a proxy that passes it on, X-Forwarded-Host): no redirect may
 * send the user to the site it names. Raw requests, as an HTTP client will not send a Host of its own choosing.
 */
class HostHeaderIT extends PostgresIntegrationTest {

    private static final String EVIL_HOST = "Host: evil.example";
    private static final String EVIL_FORWARDED = "X-Forwarded-Host: evil.example";

    @LocalServerPort
    int port;

    private RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    private static void staysHere(RawHttp.Response response, String expectedPath) {
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .doesNotContain("evil.example")
                        .startsWith("/")
                        .doesNotStartWith("//")
                        .isEqualTo(expectedPath));
    }

    @Test
    void aProtectedPageSendsToTheSignInPageOfThisSite() throws Exception {
        staysHere(http.get("/nominations", EVIL_HOST), "/login");
        staysHere(http.get("/nominations", EVIL_HOST, EVIL_FORWARDED), "/login");
    }

    @Test
    void theLanguageSwitchOnAProtectedPageSendsToTheSignInPageOfThisSite() throws Exception {
        staysHere(http.get("/?lang=en", EVIL_HOST, EVIL_FORWARDED), "/login");
    }

    @Test
    void signInFailedSignInSignOutAndPostRedirectGetStayOnThisSite() throws Exception {
        var page = http.get("/login");
        String cookie = page.sessionCookie(null);
        String token = URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8);

        staysHere(
                http.post(
                        "/login",
                        "username=host-header-test&password=wrong&_csrf=" + token,
                        "Cookie: " + cookie,
                        EVIL_HOST,
                        EVIL_FORWARDED),
                "/login?error");

        page = http.get("/login", "Cookie: " + cookie);
        cookie = page.sessionCookie(cookie);
        token = URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8);
        var signedIn = http.post(
                "/login",
                "username=loudi&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + token,
                "Cookie: " + cookie,
                EVIL_HOST,
                EVIL_FORWARDED);
        staysHere(signedIn, "/");
        cookie = signedIn.sessionCookie(cookie);

        var english = http.get("/notifications?lang=en", "Cookie: " + cookie, EVIL_HOST, EVIL_FORWARDED);
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).doesNotContain("evil.example");

        token = URLEncoder.encode(
                http.get("/account/sessions", "Cookie: " + cookie).csrfToken(), StandardCharsets.UTF_8);
        staysHere(
                http.post("/notifications/read", "_csrf=" + token, "Cookie: " + cookie, EVIL_HOST, EVIL_FORWARDED),
                "/notifications");
        staysHere(
                http.post("/logout", "_csrf=" + token, "Cookie: " + cookie, EVIL_HOST, EVIL_FORWARDED),
                "/login?logout");
    }
}
