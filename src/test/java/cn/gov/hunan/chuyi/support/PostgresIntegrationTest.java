package cn.gov.hunan.chuyi.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application on PostgreSQL (the production profile) with the demo migrations added, so that
 * the demo accounts and rows exist and the demo SQL is proven on PostgreSQL too. Every integration test
 * extends this class, so all of them share one application context and one migrated database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},classpath:db/demo",
            // tests call the deadline job themselves; a timer firing mid-test would make them flaky
            "chuyi.selection.scheduler.enabled=false",
            "chuyi.supervision.scheduler.enabled=false",
            "chuyi.audit.scheduler.enabled=false",
            // reminders are on by default; the tests remind by calling the engine (ShippedRemindersIT runs the job)
            "chuyi.reminders.enabled=false",
            // the tests sign in with a password; TwoFactorIT switches enforcement on for itself
            "chuyi.security.two-factor.enforced=false",
            "server.servlet.session.cookie.secure=false",
            "chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
            "chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}",
            // tests change data and look at the dashboard at once; production keeps its figures a minute
            "chuyi.dashboard.figures-fresh-for=PT0S",
            // and notifications, read and unread, straight from the table (NotificationCenterTests covers the cache)
            "chuyi.notification.unread-fresh-for=PT0S",
            // StatementCounter counts the statements of the measuring thread only, not those of a job running meanwhile
            "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                    + "cn.gov.hunan.chuyi.support.CountingStatementInspector"
        })
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(DemoUsers.class)
public abstract class PostgresIntegrationTest {

    public static final String DEMO_PASSWORD = "Chuyi@2026";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected DemoUsers users;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
