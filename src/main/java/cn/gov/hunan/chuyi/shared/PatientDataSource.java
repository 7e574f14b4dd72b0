package cn.gov.hunan.chuyi.shared;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
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
 * answered — and failed to open none, the request waits again, in steps of the pool's time-out, until {@code
 * chuyi.datasource.busy-wait} (25 s) have passed since it first asked. When the pool could not keep or open its
 * connections (the database is away), the time-out stands and the outage page comes after 5 s as before.
 *
 * <p>Known limit: a PostgreSQL that hangs while every connection is checked out looks busy, so those requests get the
 * outage page after 25 s instead of 5 s. Each retried wait also counts in Hikari's time-out metric
 * ({@code hikaricp_connections_timeout_total}) although the user got a page.
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
                // a cause is the pool's last failure to open a connection: the database is away, not busy
                if (timedOut.getCause() != null || !everyConnectionOpen() || System.nanoTime() - giveUpAt >= 0) {
                    throw timedOut;
                }
                LOG.debug("every database connection is in use: waiting longer ({})", timedOut.getMessage());
            }
        }
    }

    /**
     * The pool itself, for a check that must answer within the pool's own time-out (the readiness probes: a load
     * balancer asks them often and waits briefly); any other data source as it is.
     */
    public static DataSource withoutPatience(DataSource dataSource) {
        return dataSource instanceof PatientDataSource patient ? patient.pool : dataSource;
    }

    /** Whether the pool holds as many connections as it may: they are in use, not lost. */
    boolean everyConnectionOpen() {
        HikariPoolMXBean connections = pool.getHikariPoolMXBean();
        return connections != null && connections.getTotalConnections() >= pool.getMaximumPoolSize();
    }
}
