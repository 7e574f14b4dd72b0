package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.SessionCookie;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The zero-set-up demo as {@code ./mvnw spring-boot:run} runs it (demo profile, embedded H2 file database, here a
 * fresh file under target/ for each run, no PostgreSQL needed) keeps signing people in and saving what they file
 * after the connection pool has renewed its connections, the one Flyway created the tables with among them. H2
 * 2.4.240 then failed every insert into a table with an {@code IN (…)} check (sign-in writes such an audit row)
 * with "The database has been closed" (h2database #4292, #4308), 22 to 30 minutes after start (Hikari retires a
 * connection at max-lifetime less up to a quarter), while reads worked and readiness said UP; readiness now
 * writes too ({@code databaseWrite}) and would have said DOWN.
 */
@SpringBootTest(
        properties = {
            // Hikari's shortest lifetime: the pool renews every connection within the test's time
            "spring.datasource.hikari.max-lifetime=30000",
            "chuyi.attachment.directory=target/demo-it/attachments"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDatabaseIT {

    private static final String DEMO_PASSWORD = "Chuyi@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void freshDemoDatabase(DynamicPropertyRegistry registry) {
        Path file = Path.of("target", "demo-it", UUID.randomUUID().toString(), "chuyi-demo")
                .toAbsolutePath();
        registry.add("chuyi.demo.database-path", file::toString);
    }

    @Test
    @Order(1)
    void afterMaxLifetimeRetiredEveryConnectionOfTheStartUsersStillSignInAndFile() throws Exception {
        Set<Long> atStart = openSessions();
        signInFileAndCheckReadiness("admin", "演示库连接到期前的论坛");

        // the pool retires each connection max-lifetime after it opened: those of the start (Flyway's) go first
        await(Duration.ofSeconds(60), () -> disjoint(openSessions(), atStart));

        signInFileAndCheckReadiness("admin", "演示库连接到期后的论坛");
        signInFileAndCheckReadiness("changsha", null);
    }

    @Test
    @Order(2)
    void afterThePoolEvictedEveryConnectionUsersStillSignInAndFile() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        // H2 closes a file database with its last connection, and reopening it would hide the defect; in the
        // running demo the pool renews its connections one by one, so the database stays open: so it does here
        try (Connection keepsDatabaseOpen =
                DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            Set<Long> before = openSessions();
            try (var own = keepsDatabaseOpen.createStatement().executeQuery("select session_id()")) {
                own.next();
                before.remove(own.getLong(1));
            }
            // what max-lifetime does to each connection, for all of them at once
            pool.getHikariPoolMXBean().softEvictConnections();
            await(Duration.ofSeconds(10), () -> disjoint(openSessions(), before));

            signInFileAndCheckReadiness("admin", "演示库连接换新后的论坛");
        }
    }

    /**
     * Readiness first (its probe writes into a table with an IN check, so it reports what the users are about to
     * meet), then signs in as a browser does (an audit row), and files a think-tank forum if a title is given.
     */
    private void signInFileAndCheckReadiness(String username, String title) throws Exception {
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("ready")
                .isEqualTo(200);
        MvcResult signIn = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn();
        assertThat(signIn.getResponse().getStatus())
                .as("sign-in of " + username)
                .isEqualTo(302);
        assertThat(signIn.getResponse().getRedirectedUrl())
                .as("sign-in of " + username)
                .isEqualTo("/");
        var session = SessionCookie.of(mvc, signIn);
        assertThat(session.perform(get("/")).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        if (title != null) {
            var filed = session.perform(post("/think-tank")
                            .with(csrf())
                            .param("kind", "FORUM")
                            .param("title", title)
                            .param(
                                    "heldOn",
                                    LocalDate.now(PortalTime.ZONE).plusDays(3).toString())
                            .param("place", "长沙"))
                    .andReturn()
                    .getResponse();
            assertThat(filed.getRedirectedUrl()).as("filed " + title).startsWith("/think-tank/");
            assertThat(jdbc.queryForObject(
                            "select count(*) from think_tank_activity where title = ?", Integer.class, title))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'SIGN_IN'",
                        Integer.class,
                        username))
                .as("the sign-in's audit row")
                .isPositive();
    }

    /** H2's own ids of the sessions open now (the pool's connections). */
    private Set<Long> openSessions() {
        return new HashSet<>(jdbc.queryForList("select session_id from information_schema.sessions", Long.class));
    }

    private static boolean disjoint(Set<Long> now, Set<Long> earlier) {
        return now.stream().noneMatch(earlier::contains);
    }

    private static void await(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %s for the pool to renew its connections", atMost)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
