package cn.gov.hunan.chuyi.shared;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job once across all instances: the job first takes its row in the {@code shedlock} table (times
 * from the database's clock, so instances' clocks need not agree); an instance that finds the row taken skips the
 * run. The lock is held at least {@code minimumGap}, so a job whose schedule fires on every instance at slightly
 * different moments still runs once per period. Each run is timed ({@code chuyi.job}, tags job and outcome) and
 * each skip counted ({@code chuyi.job.skipped}), for the metrics endpoint.
 */
@Component
public class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final LockingTaskExecutor executor;
    private final MeterRegistry meters;
    private final Clock clock;

    ScheduledJobs(DataSource dataSource, MeterRegistry meters, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param name the job's lock (at most 64 characters)
     * @param minimumGap no instance runs the job again sooner than this after a run began
     * @param longest a run that takes longer is presumed dead and the lock released (never before the gap is over)
     * @return whether this instance ran the job
     */
    public boolean runOnce(String name, Duration minimumGap, Duration longest, Runnable job) {
        // ShedLock refuses a lock held longer at least than at most; a long period with a short longest run (the
        // hourly job: 54 min gap, 30 min run) must still run, so the lock is then held for the gap.
        var lock = new LockConfiguration(
                clock.instant(), name, longest.compareTo(minimumGap) < 0 ? minimumGap : longest, minimumGap);
        long started = System.nanoTime();
        boolean ran;
        try {
            ran = executor.executeWithLock(
                            () -> {
                                job.run();
                                return Boolean.TRUE;
                            },
                            lock)
                    .wasExecuted();
        } catch (Throwable failure) {
            record(name, "failure", started);
            LOG.warn("scheduled job {} failed", name, failure);
            return true;
        }
        if (ran) {
            record(name, "success", started);
        } else {
            meters.counter("chuyi.job.skipped", "job", name).increment();
        }
        return ran;
    }

    private void record(String name, String outcome, long started) {
        meters.timer("chuyi.job", "job", name, "outcome", outcome)
                .record(Duration.ofNanos(System.nanoTime() - started));
    }
}
