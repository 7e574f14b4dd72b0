package cn.gov.hunan.chuyi.support;

import jakarta.persistence.EntityManagerFactory;

/**
 * Counts the SQL statements Hibernate prepares on this thread while a piece of code runs (MockMvc serves a request
 * on the caller's thread). Needs {@link CountingStatementInspector}, which {@link PostgresIntegrationTest} installs.
 */
public final class StatementCounter {

    public StatementCounter(EntityManagerFactory entityManagerFactory) {
        // kept for the callers: the count no longer reads the factory's global statistics
    }

    public interface Action {
        void run() throws Exception;
    }

    public long count(Action action) throws Exception {
        CountingStatementInspector.start();
        try {
            action.run();
        } catch (Exception | Error e) {
            CountingStatementInspector.stop();
            throw e;
        }
        return CountingStatementInspector.stop();
    }
}
