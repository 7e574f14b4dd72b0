package cn.gov.hunan.chuyi.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness contributor {@code databaseWrite}: the database takes a write, not only a query. A database can answer
 * {@code select 1} and refuse every change: PostgreSQL turned read-only (a promoted standby that is not, a
 * {@code default_transaction_read_only}, a full disk), or H2 2.4.240 failing every insert into a table with an
 * {@code IN (…)} check once the pool had retired Flyway's connection, while the plain database check stayed UP. An
 * instance that cannot save what its users file should take no traffic.
 *
 * <p>The probe inserts a row into {@code write_probe} (no key, no index, an IN check; migration V22) and always rolls
 * it back: nothing is left behind, no other probe or request ever waits for it, no audit row is written, and a
 * statement that hangs (a lock held by a migration) gives up after {@value #TIMEOUT_SECONDS} seconds.
 */
@Component
class DatabaseWriteHealthIndicator extends AbstractHealthIndicator {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseWriteHealthIndicator(DataSource dataSource) {
        super("The database refused the readiness write probe");
        this.dataSource = PatientDataSource.withoutPatience(dataSource); // answers within the pool's time-out
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into write_probe (source) values ('READINESS')")) {
                insert.setQueryTimeout(TIMEOUT_SECONDS);
                insert.executeUpdate();
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
        builder.up();
    }
}
