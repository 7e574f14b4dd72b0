package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.DemoUsers;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import cn.gov.hunan.chuyi.support.TcpProxy;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * PostgreSQL goes away under a running application (its connections drop, new ones are refused) and comes back:
 * users meet the "please retry" page in their language, health reports the outage, nothing committed is lost and
 * the application serves again without a restart.
 */
@SpringBootTest(
        properties = {
            "spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},classpath:db/demo",
            "chuyi.selection.scheduler.enabled=false",
            "chuyi.supervision.scheduler.enabled=false",
            "chuyi.audit.scheduler.enabled=false",
            "chuyi.security.two-factor.enforced=false",
            "chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
            "chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}",
            // fail fast while the database is away, so the test does not wait five seconds a request
            "spring.datasource.hikari.connection-timeout=1000"
        })
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(DemoUsers.class)
class DatabaseOutageIT {

    /** The Retry-After the page promises. */
    private static final int RETRY_AFTER_SECONDS = 15;

    private static TcpProxy database;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) throws IOException {
        var real = PostgresTestDatabase.connection();
        database = TcpProxy.before(real.url());
        registry.add("spring.datasource.url", () -> database.route(real.url()));
        registry.add("spring.datasource.username", real::username);
        registry.add("spring.datasource.password", real::password);
    }

    @AfterAll
    static void closeRelay() throws IOException {
        database.close();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse record(RequestPostProcessor admin, String title) throws Exception {
        return send(post("/think-tank")
                .with(admin)
                .with(csrf())
                .param("kind", "FORUM")
                .param("title", title)
                .param("heldOn", LocalDate.now(PortalTime.ZONE).plusDays(3).toString())
                .param("place", "长沙"));
    }

    @Test
    void whileTheDatabaseIsAwayUsersAreAskedToRetryAndAfterwardsNothingIsLost() throws Exception {
        // the signed-in users are read before the outage: the test itself cannot read them while it lasts
        RequestPostProcessor admin = users.as("admin");
        RequestPostProcessor changsha = users.as("changsha");
        assertThat(record(admin, "停库演练前的论坛").getRedirectedUrl()).startsWith("/think-tank/");
        assertThat(send(get("/actuator/health")).getStatus()).isEqualTo(200);

        database.cut();
        try {
            var page = send(get("/organizations?city=430100").with(changsha));
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("15");
            assertThat(page.getContentAsString())
                    .contains("系统暂时无法访问数据库")
                    .contains("请约 15 秒后重试")
                    .contains("参考编号")
                    .contains("href=\"/organizations?city=430100\"")
                    .doesNotContain("SQL")
                    .doesNotContain("Exception")
                    .doesNotContain("jdbc:");
            var english = send(get("/organizations").with(changsha).cookie(new Cookie("CHUYI_LANG", "en")));
            assertThat(english.getContentAsString()).contains("The portal cannot reach its database");

            var submission = record(admin, "停库期间提交的论坛");
            assertThat(submission.getStatus()).isEqualTo(503);
            assertThat(submission.getContentAsString())
                    .contains("刚才的提交可能没有完成")
                    .contains("重复提交不会产生重复记录")
                    .as("try again never re-posts")
                    .contains("id=\"retry\" href=\"/\"");
            assertThat(send(get("/login")).getStatus())
                    .as("even a page that only needs the session store")
                    .isIn(200, 503);

            var health = send(get("/actuator/health"));
            assertThat(health.getStatus()).isEqualTo(503);
            assertThat(health.getContentAsString()).contains("DOWN");
            assertThat(send(get("/actuator/health/readiness")).getStatus()).isEqualTo(503);
            assertThat(send(get("/actuator/health/liveness")).getStatus())
                    .as("no restart for an outage")
                    .isEqualTo(200);
        } finally {
            database.restore();
        }

        // as the page says: try again in a moment; the pool reconnects by itself, no restart
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RETRY_AFTER_SECONDS);
        int status;
        do {
            Thread.sleep(250);
            status = send(get("/organizations").with(changsha)).getStatus();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("served again within the advertised retry time").isEqualTo(200);
        assertThat(send(get("/actuator/health")).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from think_tank_activity where title = '停库演练前的论坛'", Integer.class))
                .as("committed before the outage")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from think_tank_activity where title = '停库期间提交的论坛'", Integer.class))
                .as("refused during the outage, not half-written")
                .isZero();
        assertThat(record(admin, "停库演练后的论坛").getRedirectedUrl()).startsWith("/think-tank/");
    }
}
