package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.shared.PatientDataSource;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every connection of the pool in use for longer than the pool waits (5 s): a page asked for meanwhile waits for a
 * connection to come back and is answered, instead of the "database unavailable" page. CI met the opposite: two of
 * 1,500 deadline submissions answered 503 on a slow machine while PostgreSQL was fine.
 */
class BusyPoolIT extends PostgresIntegrationTest {

    @Autowired
    DataSource dataSource;

    /** Takes every connection of the pool and gives them back after the given milliseconds. */
    private static ScheduledExecutorService holdEveryConnection(HikariDataSource pool, long millis) throws Exception {
        List<Connection> taken = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            taken.add(pool.getConnection());
        }
        var giveBack = Executors.newSingleThreadScheduledExecutor();
        giveBack.schedule(
                () -> taken.forEach(connection -> {
                    try {
                        connection.close();
                    } catch (Exception ignored) {
                        // closing a pool connection gives it back; nothing to do if that fails
                    }
                }),
                millis,
                TimeUnit.MILLISECONDS);
        return giveBack;
    }

    @Test
    void theReadinessProbeAnswersWithinThePoolsTimeOutNotAfterTheBusyWait() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        mvc.perform(get("/actuator/health/readiness"));
        var giveBack = holdEveryConnection(pool, 25_000);
        try {
            long began = System.nanoTime();
            int status = mvc.perform(get("/actuator/health/readiness"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as("an instance whose pool is full takes no more traffic")
                    .isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - began))
                    .as("the database check and the write probe wait the pool's time-out each, not the busy wait")
                    .isLessThan(Duration.ofSeconds(18));
        } finally {
            giveBack.shutdown();
            assertThat(giveBack.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aPageWaitsForABusyPoolInsteadOfCallingItAnOutage() throws Exception {
        assertThat(dataSource).isInstanceOf(PatientDataSource.class);
        var pool = dataSource.unwrap(HikariDataSource.class);
        var as = users.as("admin");
        mvc.perform(get("/").with(as)); // what is read once per application is read now, not while the pool is busy

        var giveBack = holdEveryConnection(pool, pool.getConnectionTimeout() + 2000);
        try {
            long began = System.nanoTime();
            int status =
                    mvc.perform(get("/").with(as)).andReturn().getResponse().getStatus();
            assertThat(status).as("the dashboard, once a connection is free").isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - began))
                    .as("it waited past the pool's own time-out")
                    .isGreaterThan(Duration.ofMillis(pool.getConnectionTimeout()));
        } finally {
            giveBack.shutdown();
            assertThat(giveBack.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
