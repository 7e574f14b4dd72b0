package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request waiting on a pool whose every connection is in use waits longer than the pool's time-out; one waiting on
 * a database that cannot be reached gives up at the time-out as before. CI showed the first case as two "database
 * unavailable" pages among 1,500 deadline submissions on a slow machine.
 */
class PatientDataSourceTests {

    private HikariDataSource pool;

    @AfterEach
    void closeThePool() {
        if (pool != null) {
            pool.close();
        }
    }

    private HikariDataSource oneConnectionTo(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(250); // Hikari's least
        config.setInitializationFailTimeout(-1);
        pool = new HikariDataSource(config);
        return pool;
    }

    /** A database that answers, its one connection opened (the first one may take longer than 250 ms to open). */
    private HikariDataSource busyDatabase() throws Exception {
        var database = oneConnectionTo("jdbc:h2:mem:patient-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        for (int attempt = 1; ; attempt++) {
            try (Connection first = database.getConnection()) {
                return database;
            } catch (SQLTransientConnectionException slowStart) {
                if (attempt == 20) {
                    throw slowStart;
                }
            }
        }
    }

    /** Takes the pool's only connection on another thread and gives it back after the given time. */
    private static void holdTheOnlyConnection(HikariDataSource pool, Duration forHowLong) throws Exception {
        var taken = new CountDownLatch(1);
        // a thread of its own: the common pool has a single thread on a two-core machine, maybe busy elsewhere
        var holder = new Thread(() -> {
            try (Connection held = pool.getConnection()) {
                taken.countDown();
                Thread.sleep(forHowLong.toMillis());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.setDaemon(true);
        holder.start();
        assertThat(taken.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRequestOnABusyPoolWaitsPastThePoolsTimeOutForAConnectionComingBack() throws Exception {
        var busy = busyDatabase();
        holdTheOnlyConnection(busy, Duration.ofSeconds(3)); // long enough for a slow machine to still be waiting
        assertThatThrownBy(busy::getConnection)
                .as("the pool alone gives up after 250 ms: the user would get the outage page")
                .isInstanceOf(SQLTransientConnectionException.class);

        long began = System.nanoTime();
        try (Connection connection = new PatientDataSource(busy, Duration.ofSeconds(10)).getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThan(Duration.ofMillis(250));
    }

    @Test
    void aRequestOnABusyPoolGivesUpOnceTheBusyWaitIsOver() throws Exception {
        var busy = busyDatabase();
        holdTheOnlyConnection(busy, Duration.ofSeconds(5));
        long began = System.nanoTime();
        assertThatThrownBy(() -> new PatientDataSource(busy, Duration.ofMillis(600)).getConnection())
                .isInstanceOf(SQLTransientConnectionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began))
                .as("600 ms of patience, counted in the pool's 250 ms waits")
                .isBetween(Duration.ofMillis(600), Duration.ofMillis(2500));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNotWaitedForLonger() {
        var away = oneConnectionTo("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1");
        var patient = new PatientDataSource(away, Duration.ofSeconds(20));
        assertThat(patient.everyConnectionOpen()).isFalse();
        long began = System.nanoTime();
        assertThatThrownBy(patient::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began))
                .as("the outage page after the pool's own time-out, not after the busy wait")
                .isLessThan(Duration.ofSeconds(5));
    }
}
