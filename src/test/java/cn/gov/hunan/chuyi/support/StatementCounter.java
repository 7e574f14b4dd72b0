package cn.gov.hunan.chuyi.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while a piece of code runs. */
public final class StatementCounter {

    private final Statistics statistics;

    public StatementCounter(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.statistics.setStatisticsEnabled(true);
    }

    public interface Action {
        void run() throws Exception;
    }

    public long count(Action action) throws Exception {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
