package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.ChuyiApplication;
import cn.gov.hunan.chuyi.support.PostgresTestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The application as a deployment gets it: the postgres profile with nothing but the database, the secret key and
 * the attachment directory set — every scheduler on, every job setting at its shipped default. Every scheduled job
 * found in the context is run once and must succeed (the hourly overdue job once failed on every run with these
 * defaults while the suite, which switches the timers off, stayed green). A job added later is covered by itself.
 */
class ShippedDefaultsIT {

    @Test
    void everyScheduledJobRunsUnderTheShippedDefaults() {
        var database = PostgresTestDatabase.connection();
        String url = emptyDatabase(database, "shipped_defaults");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChuyiApplication.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--chuyi.security.secret-key=7iuBRKXepRGT52vKDxI/GkV9KJYtxOgcuTSj7fWvUSA=",
                        "--chuyi.attachment.directory=target/test-attachments${chuyi.test.fork:}")) {
            List<ScheduledTask> tasks = new ArrayList<>();
            app.getBeansOfType(ScheduledTaskHolder.class)
                    .values()
                    .forEach(holder -> tasks.addAll(holder.getScheduledTasks()));
            assertThat(tasks).as("the schedulers are on by default").hasSizeGreaterThanOrEqualTo(3);

            for (ScheduledTask task : tasks) {
                task.getTask().getRunnable().run(); // an exception here fails the test: the job could not even start
            }

            MeterRegistry meters = app.getBean(MeterRegistry.class);
            Set<String> succeeded = new TreeSet<>();
            Set<String> failed = new TreeSet<>();
            for (Timer timer : meters.find("chuyi.job").timers()) {
                (("success".equals(timer.getId().getTag("outcome"))) ? succeeded : failed)
                        .add(timer.getId().getTag("job"));
            }
            assertThat(failed).as("no job failed").isEmpty();
            // the portal's own jobs report through ScheduledJobs; the others (Spring Session's clean-up) ran above
            // without throwing
            assertThat(succeeded)
                    .as("of %s", tasks)
                    .contains(
                            "selection.close-nomination-windows",
                            "supervision.mark-overdue",
                            "audit.retention",
                            "notification.remind-deadlines");
        }
    }

    /** A database of its own, as a deployment starts: no demo rows, and the shared test database left alone. */
    private static String emptyDatabase(PostgresTestDatabase.Connection database, String name) {
        try (var connection = DriverManager.getConnection(database.url(), database.username(), database.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }
}
