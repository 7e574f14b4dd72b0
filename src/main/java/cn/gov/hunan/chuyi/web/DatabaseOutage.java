package cn.gov.hunan.chuyi.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached right now" (stopped, restarting, network gone, pool
 * exhausted) rather than a fault of the request: such a request may simply be tried again.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // the pool closed a connection that failed: rolling back on it is what surfaces, and the query's own
            // connection failure is lost under it (Hikari says "Connection is closed" without a SQLSTATE)
            if (t instanceof SQLException
                    && t.getStackTrace().length > 0
                    && t.getStackTrace()[0]
                            .getClassName()
                            .startsWith("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection")) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
