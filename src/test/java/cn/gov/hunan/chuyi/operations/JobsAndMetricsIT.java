package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.shared.ScheduledJobs;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scheduled jobs run once however many timers fire; metrics reach the scraper's address and nobody else. */
class JobsAndMetricsIT extends PostgresIntegrationTest {

    @Autowired
    ScheduledJobs jobs;

    @Test
    void aJobFiredByFourTimersAtOnceRunsOnceAndNotAgainWithinItsGap() throws Exception {
        var runs = new AtomicInteger();
        var start = new CyclicBarrier(4);
        Callable<Boolean> timer = () -> {
            start.await();
            return jobs.runOnce("test.once", Duration.ofSeconds(30), Duration.ofMinutes(1), () -> {
                runs.incrementAndGet();
                sleep(300);
            });
        };
        List<Future<Boolean>> fired = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            fired.add(pool.submit(timer));
        }
        long ran = 0;
        for (Future<Boolean> f : fired) {
            ran += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(runs).hasValue(1);
        assertThat(ran).isEqualTo(1);
        assertThat(jobs.runOnce("test.once", Duration.ofSeconds(30), Duration.ofMinutes(1), runs::incrementAndGet))
                .as("the next timer within the gap is skipped too")
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = 'test.once' and lock_until > now()", Integer.class))
                .isEqualTo(1);

        String metrics = mvc.perform(get("/actuator/prometheus"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics)
                .containsPattern("chuyi_job_seconds_count\\{job=\"test.once\",outcome=\"success\"[^}]*} 1")
                .containsPattern("chuyi_job_skipped_total\\{job=\"test.once\"[^}]*} 4");
    }

    @Test
    void pageTimingsAreScrapedFromTheOperationsAddressOnly() throws Exception {
        mvc.perform(get("/organizations").with(users.as("changsha")));
        var scraped = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
        assertThat(scraped.getStatus()).isEqualTo(200);
        assertThat(scraped.getContentAsString())
                .contains("http_server_requests_seconds_count")
                .contains("uri=\"/organizations\"")
                .contains("hikaricp_connections_active");

        var outside = mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                }))
                .andReturn()
                .getResponse();
        assertThat(outside.getStatus()).isNotEqualTo(200);
        assertThat(outside.getContentAsString()).doesNotContain("http_server_requests");
        assertThat(mvc.perform(get("/actuator/prometheus")
                                .with(users.as("admin"))
                                .with(request -> {
                                    request.setRemoteAddr("203.0.113.9");
                                    return request;
                                }))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not even for the department")
                .isEqualTo(403);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
