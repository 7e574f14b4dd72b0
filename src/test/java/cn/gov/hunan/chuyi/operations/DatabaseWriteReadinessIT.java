package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Readiness proves that the database takes a write: DOWN while PostgreSQL still answers queries but refuses every
 * change (here: read-only for new sessions, as a standby is), so the load balancer sends users elsewhere; UP
 * otherwise, and the probe leaves no row and no audit entry behind.
 */
class DatabaseWriteReadinessIT extends PostgresIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void readinessIsUpAndItsWriteProbeLeavesNoRowAndNoAuditEntry() throws Exception {
        int audited = count("audit_event");
        for (int i = 0; i < 3; i++) {
            assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        }
        assertThat(count("write_probe")).as("every probe rolled back").isZero();
        assertThat(count("audit_event")).as("probes are not audited").isEqualTo(audited);
    }

    @Test
    void readinessIsDownWhileTheDatabaseAnswersQueriesButRefusesWrites() throws Exception {
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database \"" + database + "\" set default_transaction_read_only = on");
        try {
            renewPoolConnections();
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                    .as("reads work")
                    .isPositive();
            assertThat(status("/actuator/health/readiness"))
                    .as("no traffic for an instance that cannot save")
                    .isEqualTo(503);
            assertThat(status("/actuator/health")).isEqualTo(503);
            assertThat(status("/actuator/health/liveness"))
                    .as("no restart either")
                    .isEqualTo(200);
        } finally {
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("set default_transaction_read_only = off");
                statement.execute("alter database \"" + database + "\" reset default_transaction_read_only");
            }
            writableAgain();
        }
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
    }

    /**
     * Evicts until every pooled connection is a session begun after the reset. Hikari refills the pool in the
     * background, so a connection opened while the database was still read-only can join it after one eviction and
     * would spoil every later test of this JVM (seen once, with the integration tests in two JVMs).
     */
    private void writableAgain() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        long until = System.nanoTime() + 20_000_000_000L;
        do {
            renewPoolConnections();
            Thread.sleep(200);
        } while (!everyConnectionWritable(pool) && System.nanoTime() < until);
    }

    private static boolean everyConnectionWritable(HikariDataSource pool) throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                Connection connection = pool.getConnection();
                held.add(connection);
                try (var statement = connection.createStatement();
                        var setting = statement.executeQuery("show default_transaction_read_only")) {
                    setting.next();
                    if (!"off".equals(setting.getString(1))) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    /** New sessions pick up the database's settings: evict the pool's, as max-lifetime does over time. */
    private void renewPoolConnections() throws SQLException {
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
