package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
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
            renewPoolConnections();
        }
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
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
