package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.ServletContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files over real HTTP with a signed-in user's session cookie: no database work at all (the session is not
 * read for a style sheet), a year's caching, the security headers kept, and pages linking them by versioned addresses.
 */
class StaticFilesIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ServletContext servletContext;

    private RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    /** How often a connection was taken from the pool so far: every statement, JPA's or JDBC's, takes one. */
    private long connectionsTaken() {
        return meters.find("hikaricp.connections.usage").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    private String signIn() throws Exception {
        var page = http.get("/login");
        String cookie = page.sessionCookie(null);
        var signedIn = http.post(
                "/login",
                "username=changsha&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8),
                "Cookie: " + cookie);
        assertThat(signedIn.status()).isEqualTo(302);
        return "Cookie: " + signedIn.sessionCookie(cookie);
    }

    @Test
    void aStyleSheetIsServedWithoutTouchingTheDatabaseAndCachedAYear() throws Exception {
        String cookie = signIn();
        // a page does read the session (the measure works)
        long beforePage = connectionsTaken();
        assertThat(http.get("/notifications", cookie).status()).isEqualTo(200);
        assertThat(connectionsTaken()).isGreaterThan(beforePage);

        for (String path : new String[] {
            "/css/portal.css", "/js/filters.js", "/img/favicon.svg", "/webjars/bootstrap/css/bootstrap.min.css"
        }) {
            long before = connectionsTaken();
            var file = http.get(path, cookie);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(connectionsTaken()).as("connections taken for %s", path).isEqualTo(before);
            assertThat(file.header("Cache-Control")).as(path).hasValue("max-age=31536000, public, immutable");
            assertThat(file.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(file.header("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void pagesLinkTheStaticFilesByVersionedAddressesWhichAreServed() throws Exception {
        String page = http.get("/login").body();
        var css = Pattern.compile("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("a versioned style sheet in %s", page).isTrue();
        var bootstrap = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css)\"")
                .matcher(page);
        assertThat(bootstrap.find()).as("a versioned WebJar").isTrue();
        assertThat(page).containsPattern("src=\"/js/filters-[0-9a-f]{32}\\.js\"");
        // other links are left alone
        assertThat(page).contains("action=\"/login\"");

        var served = http.get(css.group(1));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(http.get("/css/portal.css").body());
        assertThat(http.get(bootstrap.group(1)).status()).isEqualTo(200);
    }

    @Test
    void anAddressNoFileAnswersIsNotFound() throws Exception {
        assertThat(http.get("/css/no-such-file.css").status()).isEqualTo(404);
        assertThat(http.get("/no-such-page").status()).isIn(302, 404);
    }

    /**
     * Boot registers Spring's link-rewriting filter whenever WebJars are on the class path; with it in the chain, every
     * link was versioned twice and the second look-up, of an already versioned address, searched the class path on
     * every page (a sixth of a simple page's CPU, profiled).
     */
    @Test
    void onlyThePortalsOwnFilterVersionsLinks() {
        assertThat(servletContext.getFilterRegistrations().values())
                .extracting(registration -> registration.getClassName())
                .doesNotContain(ResourceUrlEncodingFilter.class.getName())
                .isNotEmpty();
    }
}
