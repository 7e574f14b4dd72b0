package cn.gov.hunan.chuyi.shared;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A busy pool is not an outage. The pool gives up on a connection after {@code
 * spring.datasource.hikari.connection-timeout} (5 s), and the user then gets the "database unavailable, please retry"
 * page: right when PostgreSQL cannot be reached, wrong when every connection is simply in use. At a deadline, with 500
 * schools submitting within a minute on a slow machine, two submissions got that page although the database was fine
 * (CI, stop 24): one of them had even been saved.
 *
 * <p>So when the wait times out while the pool holds all its connections — each of them opened, so the database
 * answers — the request waits again, up to {@code chuyi.datasource.busy-wait} more in all. When the pool could not
 * keep its connections open (the database is away), the time-out stands and the outage page comes after 5 s as
 * before.
 */
public final class PatientDataSource extends DelegatingDataSource {

    private static final Logger LOG = LoggerFactory.getLogger(PatientDataSource.class);

    private final HikariDataSource pool;
    private final Duration busyWait;

    public PatientDataSource(HikariDataSource pool, Duration busyWait) {
        super(pool);
        this.pool = pool;
        this.busyWait = busyWait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long giveUpAt = System.nanoTime() + busyWait.toNanos();
        while (true) {
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                if (!everyConnectionOpen() || System.nanoTime() - giveUpAt >= 0) {
                    throw timedOut;
                }
                LOG.debug("every database connection is in use: waiting longer ({})", timedOut.getMessage());
            }
        }
    }

    /** Whether the pool holds as many connections as it may: they are in use, not lost. */
    boolean everyConnectionOpen() {
        HikariPoolMXBean connections = pool.getHikariPoolMXBean();
        return connections != null && connections.getTotalConnections() >= pool.getMaximumPoolSize();
    }
}
