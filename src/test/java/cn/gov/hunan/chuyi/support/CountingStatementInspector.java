package cn.gov.hunan.chuyi.support;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL statements Hibernate prepares on the current thread while a {@link StatementCounter} counts. Per
 * thread because the session factory's statistics are global: a mail job that ran during a measured request once
 * added a statement to a page and failed the statement-count test. The statements themselves are kept so that a
 * failing count says which statement came or went.
 */
public final class CountingStatementInspector implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /** Set once Hibernate made one: without it every count would be a silent zero. */
    private static volatile boolean installed;

    public CountingStatementInspector() {
        installed = true;
    }

    @Override
    public String inspect(String sql) {
        List<String> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }

    static void start() {
        if (!installed) {
            throw new IllegalStateException("hibernate.session_factory.statement_inspector is not "
                    + CountingStatementInspector.class.getName() + ": extend PostgresIntegrationTest");
        }
        RECORDED.set(new ArrayList<>());
    }

    static List<String> stop() {
        List<String> recorded = RECORDED.get();
        RECORDED.remove();
        return recorded == null ? List.of() : List.copyOf(recorded);
    }
}
