package cn.gov.hunan.chuyi.support;

import java.util.List;

/**
 * Counts the SQL statements Hibernate prepares on this thread while a piece of code runs (MockMvc serves a request
 * on the caller's thread). Needs {@link CountingStatementInspector}, which {@link PostgresIntegrationTest} installs.
 */
public final class StatementCounter {

    public interface Action {
        void run() throws Exception;
    }

    public long count(Action action) throws Exception {
        return statements(action).size();
    }

    /** The statements themselves, in the order Hibernate prepared them: for a failure message that names them. */
    public List<String> statements(Action action) throws Exception {
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
