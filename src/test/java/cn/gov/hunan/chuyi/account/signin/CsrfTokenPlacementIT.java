package cn.gov.hunan.chuyi.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSRF token counts only in the form's body (multipart uploads included) or the X-CSRF-TOKEN header: a token in
 * the address leaks through logs, history and Referer headers, so a valid one there is refused.
 */
class CsrfTokenPlacementIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    private RawHttp http;
    private String cookie;
    private String token;

    @BeforeEach
    void signedIn() throws Exception {
        http = new RawHttp(port);
        var page = http.get("/login");
        cookie = page.sessionCookie(null);
        var signedIn = http.post(
                "/login",
                "username=changsha&password=" + encode(DEMO_PASSWORD) + "&_csrf=" + encode(page.csrfToken()),
                "Cookie: " + cookie);
        assertThat(signedIn.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        cookie = "Cookie: " + signedIn.sessionCookie(cookie);
        token = http.get("/account/sessions", cookie).csrfToken();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aValidTokenOnlyInTheQueryStringIsRefused() throws Exception {
        assertThat(http.post("/notifications/read?_csrf=" + encode(token), "", cookie)
                        .status())
                .isEqualTo(403);
        assertThat(http.post("/notifications/read?%5Fcsrf=" + encode(token), "", cookie)
                        .status())
                .as("the name encoded")
                .isEqualTo(403);
        assertThat(http.post("/notifications/read?_csrf=" + encode(token), "_csrf=" + encode(token), cookie)
                        .status())
                .as("named in the query, the body's copy does not count either")
                .isEqualTo(403);
    }

    @Test
    void theTokenInTheBodyOrTheHeaderIsAccepted() throws Exception {
        var body = http.post("/notifications/read", "_csrf=" + encode(token), cookie);
        assertThat(body.status()).isEqualTo(302);
        assertThat(body.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/notifications"));
        assertThat(http.post("/notifications/read", "", cookie, "X-CSRF-TOKEN: " + token)
                        .status())
                .isEqualTo(302);
        assertThat(http.post("/notifications/read?page=1", "", cookie, "X-CSRF-TOKEN: " + token)
                        .status())
                .as("the header, whatever the query holds")
                .isEqualTo(302);
    }

    @Test
    void aMultipartUploadCarriesItsTokenInTheBody() throws Exception {
        String boundary = "----chuyi-csrf-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var upload = http.send(
                "POST /notifications/read HTTP/1.1",
                List.of(cookie, "Content-Type: multipart/form-data; boundary=" + boundary),
                body);
        assertThat(upload.status()).isEqualTo(302);
    }
}
