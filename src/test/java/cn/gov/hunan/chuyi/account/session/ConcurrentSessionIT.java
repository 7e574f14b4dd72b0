package cn.gov.hunan.chuyi.account.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user with several tabs, or a browser opening pages in parallel right after signing in: many requests carrying one
 * fresh session at once. None may fail (issue #19: sixteen such requests gave 90 server errors, from the CSRF token
 * inserted twice into the session's attributes).
 */
class ConcurrentSessionIT extends PostgresIntegrationTest {

    private static final List<String> PAGES =
            List.of("/", "/notifications", "/account/sessions", "/nominations", "/rounds", "/projects");

    @LocalServerPort
    int port;

    private RawHttp http;
    private ExecutorService pool;

    @BeforeEach
    void sixteenThreads() {
        http = new RawHttp(port);
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void thirtyTwoPagesAtOnceOnAFreshSessionAllAnswer() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String cookie = signIn();
            List<Integer> statuses =
                    all(32, i -> http.get(PAGES.get(i % PAGES.size()), cookie).status());
            assertThat(statuses).as("attempt %d", attempt).containsOnly(200);
        }
    }

    @Test
    void formsPostedAtOnceFromSeveralTabsAreAllAccepted() throws Exception {
        String cookie = signIn();
        List<String> tokens =
                all(16, i -> http.get(PAGES.get(i % PAGES.size()), cookie).csrfToken());
        List<Integer> statuses = all(
                16,
                i -> http.post("/notifications/read", "_csrf=" + encode(tokens.get(i)), cookie)
                        .status());
        assertThat(statuses).as("each tab's token is the session's token").containsOnly(302);
    }

    @Test
    void theSignedOutSignInPageOpenedInManyTabsAtOnceAnswers() throws Exception {
        var first = http.get("/login");
        String cookie = "Cookie: " + first.sessionCookie(null);
        assertThat(all(16, i -> http.get("/login", cookie).status())).containsOnly(200);
    }

    private String signIn() throws Exception {
        var page = http.get("/login");
        String cookie = page.sessionCookie(null);
        var signedIn = http.post(
                "/login",
                "username=changsha&password=" + encode(DEMO_PASSWORD) + "&_csrf=" + encode(page.csrfToken()),
                "Cookie: " + cookie);
        assertThat(signedIn.status()).isEqualTo(302);
        return "Cookie: " + signedIn.sessionCookie(cookie);
    }

    private <T> List<T> all(int requests, Request<T> request) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<T>> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            sent.add(pool.submit((Callable<T>) () -> {
                start.await();
                return request.send(index);
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Request<T> {
        T send(int index) throws Exception;
    }
}
