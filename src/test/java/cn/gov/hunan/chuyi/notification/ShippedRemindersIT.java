package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.ChuyiApplication;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reminders as shipped: two instances on one PostgreSQL boot with the reminder settings at their defaults (on, the
 * shipped lead times and send-from; mail off) and only the job's timer quickened, and let their own timers fire the
 * job for a while. Each instance runs it, and yet every person is reminded once per deadline and lead time — for a
 * test deadline and for every deadline the modules declare on the demo rows.
 */
class ShippedRemindersIT extends PostgresIntegrationTest {

    private static final String JOB = "notification.remind-deadlines";

    @Test
    void twoInstancesWithTheShippedDefaultsRemindEachPersonOncePerDeadlineAndLeadTime() throws Exception {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        String link = "/test/shipped-reminders/" + System.nanoTime();
        List<String> names = List.of("hngy", "changsha", "admin", "expert1");
        TestDeadlines.DEADLINES.clear();
        // three days ahead: the seven-day reminder is due at any hour of the day, whatever send-from says
        TestDeadlines.DEADLINES.add(Deadline.open(
                "selection.deadline.test",
                link,
                "出厂设置催办",
                Instant.now().plus(3, ChronoUnit.DAYS),
                names.stream().map(this::id).toList()));
        try (ConfigurableApplicationContext a = start();
                ConfigurableApplicationContext b = start()) {
            assertThat(a.getBeanNamesForType(ReminderJob.class))
                    .as("on by default")
                    .hasSize(1);
            assertThat(b.getBeanNamesForType(ReminderJob.class)).hasSize(1);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while ((runs(a) < 1 || runs(b) < 1 || runs(a) + runs(b) < 4) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(runs(a)).as("instance A ran the job").isPositive();
            assertThat(runs(b)).as("instance B ran the job").isPositive();
            assertThat(runs(a) + runs(b)).isGreaterThanOrEqualTo(4);
        } finally {
            TestDeadlines.DEADLINES.clear();
        }

        for (String name : names) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where user_id = ? and link = ?",
                            Integer.class,
                            id(name),
                            link))
                    .as(name)
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from reminder where link = ?", Integer.class, link))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder_sent s join reminder r on r.id = s.reminder_id where r.link = ?",
                        Integer.class,
                        link))
                .isEqualTo(names.size());
        // the modules' own deadlines on the demo rows: one reminder notice per person, record and lead time
        List<Map<String, Object>> twice = jdbc.queryForList("""
                select n.user_id, n.link, count(*) as notices from notification n
                where n.created_at >= ? and n.message_key in (?, ?)
                group by n.user_id, n.link
                having count(*) > (select count(*) from reminder r join reminder_sent s on s.reminder_id = r.id
                                   where r.link = n.link and s.user_id = n.user_id and r.sent_by is null)
                """, started, Reminders.UPCOMING, Reminders.OVERDUE);
        assertThat(twice).as("reminded more often than the ledger says").isEmpty();
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private static long runs(ConfigurableApplicationContext app) {
        Timer timer = app.getBean(MeterRegistry.class)
                .find("chuyi.job")
                .tags("job", JOB, "outcome", "success")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    /** An instance as deployed, but for the other jobs' timers and the reminder job's quicker one. */
    private static ConfigurableApplicationContext start() {
        var database = PostgresTestDatabase.connection();
        return new SpringApplicationBuilder(ChuyiApplication.class, TestDeadlines.class)
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
                        "--chuyi.reminders.delay=PT1S",
                        "--chuyi.security.two-factor.enforced=false",
                        "--chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
                        "--chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}");
    }
}
