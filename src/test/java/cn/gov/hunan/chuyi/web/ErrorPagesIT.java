package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that fail before any controller runs — unreadable parameters, malformed paths, what Spring Security's
 * firewall or Tomcat itself refuses, sizes over the limits — answer with the portal's error page, in the user's
 * language, with the right status and a reference, and nothing of Spring's or Tomcat's own pages. Over real HTTP:
 * MockMvc has neither Tomcat nor its limits.
 */
class ErrorPagesIT extends PostgresIntegrationTest {

    private static final String ENGLISH = "Cookie: CHUYI_LANG=en";

    @LocalServerPort
    int port;

    private RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    /** The portal's page: its layout, the title for the status, a reference; no framework page, no internals. */
    private static void portalPage(RawHttp.Response response, int status, String title) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("id=\"error-title\">" + title + "<")
                .contains("id=\"error-reference\"")
                .contains("portal-navbar")
                .doesNotContain("Whitelabel")
                .doesNotContain("Tomcat")
                .doesNotContain("HTTP Status")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(response.header("Server")).isEmpty();
    }

    @Test
    void invalidUtf8InTheQueryGetsThePortals400PageInTheUsersLanguage() throws Exception {
        portalPage(http.get("/?q=%C3%28", "Accept: text/html"), 400, "请求无法识别");
        portalPage(http.get("/publicity?x=%FF", "Accept: text/html", ENGLISH), 400, "The request could not be read");
    }

    @Test
    void malformedPathsRefusedByTomcatGetThePortals400Page() throws Exception {
        portalPage(http.get("/%2e%2e/%00"), 400, "请求无法识别");
        portalPage(http.get("/a;b/../..", ENGLISH), 400, "The request could not be read");
    }

    @Test
    void pathsRefusedBySpringSecuritysFirewallGetThePortals400Page() throws Exception {
        portalPage(http.get("/publicity//x", "Accept: text/html"), 400, "请求无法识别");
        portalPage(http.get("/publicity/%2e%2e/x", "Accept: text/html", ENGLISH), 400, "The request could not be read");
    }

    @Test
    void aRequestLineTooLongGets414AndHeadersTooLargeGet431() throws Exception {
        portalPage(http.get("/publicity?q=" + "a".repeat(70_000)), 414, "网址过长");
        portalPage(
                http.get("/publicity", ENGLISH, "X-Padding: " + "b".repeat(20_000)),
                431,
                "The request headers are too large");
    }

    @Test
    void anUploadOverTheLimitGetsThePortals413Page() throws Exception {
        String boundary = "----chuyi-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 26 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var response = http.send(
                "POST /publicity/1/objections HTTP/1.1",
                List.of("Content-Type: multipart/form-data; boundary=" + boundary, "Accept: text/html", ENGLISH),
                body);
        portalPage(response, 413, "Too much was sent");
    }
}
