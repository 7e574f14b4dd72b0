package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.ChuyiApplication;
import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the portal on one PostgreSQL, as behind a load balancer without sticky sessions: a user signed in
 * on one is served by the other, a role revoked on one ends the user's session on the other, and a scheduled job fired
 * by both runs once. (ops/two-instances.sh does the same with nginx in front.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT extends PostgresIntegrationTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int portA;

    @Autowired
    ScheduledJobs jobsA;

    private ConfigurableApplicationContext instanceB;
    private int portB;

    @BeforeAll
    void startTheSecondInstance() {
        var database = PostgresTestDatabase.connection();
        // as arguments: they must win over application-postgres.properties, as an operator's settings do
        instanceB = new SpringApplicationBuilder(ChuyiApplication.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},classpath:db/demo",
                        "--chuyi.selection.scheduler.enabled=false",
                        "--chuyi.supervision.scheduler.enabled=false",
                        "--chuyi.audit.scheduler.enabled=false",
                        "--chuyi.security.two-factor.enforced=false",
                        "--server.servlet.session.cookie.secure=false",
                        "--chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
                        "--chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}");
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, password_changed_at, city_code)
                select 'twin-officer', '双实例测试市州账号', password_hash, current_timestamp, '430100'
                from app_user where username = 'changsha'
                on conflict (username) do nothing""");
        jdbc.update("""
                insert into user_role (user_id, role) select id, 'CITY_OFFICER' from app_user where username = 'twin-officer'
                on conflict do nothing""");
    }

    @AfterAll
    void stopIt() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceIsServedAndEndedOnTheOther() throws Exception {
        String officer = signIn(portA, "twin-officer");
        assertThat(get(portB, "/organizations", officer).statusCode())
                .as("served by the other instance")
                .isEqualTo(200);
        assertThat(get(portA, "/organizations", officer).statusCode()).isEqualTo(200);

        String secadmin = signIn(portB, "secadmin");
        long id = jdbc.queryForObject("select id from app_user where username = 'twin-officer'", Long.class);
        var revoke = post(
                portB,
                "/admin/users/" + id + "/roles",
                secadmin,
                Map.of("role", "CITY_OFFICER", "grant", "false", "reason", "双实例撤销演练"));
        assertThat(revoke.statusCode()).isEqualTo(302);

        var refused = get(portA, "/organizations", officer);
        assertThat(refused.statusCode())
                .as("the revocation reached the other instance")
                .isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
    }

    @Test
    void aJobFiredOnBothInstancesAtOnceRunsOnce() throws Exception {
        ScheduledJobs jobsB = instanceB.getBean(ScheduledJobs.class);
        var together = new CyclicBarrier(2);
        Callable<Boolean> onA = () -> {
            together.await();
            return jobsA.runOnce(
                    "test.two-instances", Duration.ofSeconds(30), Duration.ofMinutes(1), TwoInstancesIT::work);
        };
        Callable<Boolean> onB = () -> {
            together.await();
            return jobsB.runOnce(
                    "test.two-instances", Duration.ofSeconds(30), Duration.ofMinutes(1), TwoInstancesIT::work);
        };
        var pool = Executors.newFixedThreadPool(2);
        var a = pool.submit(onA);
        var b = pool.submit(onB);
        int ran = (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
        pool.shutdown();
        assertThat(ran).isEqualTo(1);
    }

    private static void work() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- a browser, by hand ----

    private String signIn(int port, String username) throws Exception {
        var page = get(port, "/login", null);
        String cookie = sessionCookie(page, null);
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        var signedIn = post(
                port,
                "/login",
                cookie,
                Map.of("username", username, "password", DEMO_PASSWORD, "_csrf", token.group(1)));
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .as(username + " signed in")
                .endsWith("/");
        return sessionCookie(signedIn, cookie);
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (!form.containsKey("_csrf")) {
            var page = get(port, "/account/sessions", cookie);
            var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).as("a CSRF token on a signed-in page").isTrue();
            body += "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((x, y) -> y)
                .orElse(previous);
    }
}
