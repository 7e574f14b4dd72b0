package cn.gov.hunan.chuyi.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while a {@link StatementCounter} counts. Per
 * thread because the session factory's statistics are global: a mail job that ran during a measured request once
 * added a statement to a page and failed the statement-count test.
 */
public final class CountingStatementInspector implements StatementInspector {

    private static final ThreadLocal<long[]> COUNTED = new ThreadLocal<>();

    /** Set once Hibernate made one: without it every count would be a silent zero. */
    private static volatile boolean installed;

    public CountingStatementInspector() {
        installed = true;
    }

    @Override
    public String inspect(String sql) {
        long[] counted = COUNTED.get();
        if (counted != null) {
            counted[0]++;
        }
        return sql;
    }

    static void start() {
        if (!installed) {
            throw new IllegalStateException("hibernate.session_factory.statement_inspector is not "
                    + CountingStatementInspector.class.getName() + ": extend PostgresIntegrationTest");
        }
        COUNTED.set(new long[1]);
    }

    static long stop() {
        long[] counted = COUNTED.get();
        COUNTED.remove();
        return counted == null ? 0 : counted[0];
    }
}
