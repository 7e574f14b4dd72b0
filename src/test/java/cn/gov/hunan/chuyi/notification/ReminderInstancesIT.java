package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.ChuyiApplication;
import cn.gov.hunan.chuyi.shared.Deadline;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reminders on two instances of the portal on one PostgreSQL, bypassing the job lock (as when a run outlives it):
 * both remind at the same moment and each person is reminded once; an instance started afterwards — a restart —
 * finds every reminder already sent.
 */
class ReminderInstancesIT extends MailIntegrationTest {

    @Test
    void twoInstancesAtOnceAndARestartRemindEachPersonOnce() throws Exception {
        String link = ReminderIT.link();
        List<String> names = List.of("hngy", "changsha", "admin", "expert1");
        TestDeadlines.DEADLINES.add(Deadline.open(
                "selection.deadline.test",
                link,
                "双实例催办",
                ReminderIT.tomorrowNoon(),
                names.stream().map(this::id).toList()));

        try (ConfigurableApplicationContext instanceB = start()) {
            Reminders onB = instanceB.getBean(Reminders.class);
            var together = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = pool.submit(() -> {
                    together.await();
                    return reminders.remindDue();
                });
                Future<Integer> b = pool.submit(() -> {
                    together.await();
                    return onB.remindDue();
                });
                assertThat(a.get() + b.get()).isEqualTo(names.size());
            } finally {
                pool.shutdown();
            }
        }
        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(restarted.getBean(Reminders.class).remindDue())
                    .as("after a restart")
                    .isZero();
        }
        for (String name : names) {
            assertThat(notificationsOf(name, link)).as(name).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder_sent s join reminder r on r.id = s.reminder_id where r.link = ?",
                        Integer.class,
                        link))
                .isEqualTo(names.size());
        assertThat(reminders.countFor(link)).isEqualTo(1);
    }

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
                        "--chuyi.reminders.enabled=false",
                        "--chuyi.reminders.send-from=00:00",
                        "--chuyi.security.two-factor.enforced=false",
                        "--chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
                        "--chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}");
    }
}
