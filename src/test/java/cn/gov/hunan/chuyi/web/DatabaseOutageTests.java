package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures mean "the database is away, try again". */
class DatabaseOutageTests {

    @Test
    void aRollbackOnAConnectionThePoolClosedAfterItFailedIsAnOutage() {
        // what reached the user as a 500 during an outage drill: the rollback's failure hid the query's own
        var closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(
                    "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
                    "lambda$getClosedConnection$0",
                    "ProxyConnection.java",
                    559)
        });
        var rollback =
                new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed));
        assertThat(DatabaseOutage.isCause(rollback)).isTrue();
    }

    @Test
    void aFaultOfTheRequestIsNot() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed")))
                .as("not from the pool")
                .isFalse();
    }
}
