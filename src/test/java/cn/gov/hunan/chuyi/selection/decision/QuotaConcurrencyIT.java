package cn.gov.hunan.chuyi.selection.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quota holds when people decide at the same moment: real threads race against PostgreSQL, and the
 * database refuses whatever would exceed the quota.
 */
class QuotaConcurrencyIT extends PostgresIntegrationTest {

    @Autowired
    DecisionService decisions;

    @Autowired
    RoundRepository rounds;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService userDetails;

    /** A round in expert review with {@code count} scored nominations of secondary schools. */
    private long roundInReview(int quota, int count) {
        String title = "并发测试 " + System.nanoTime();
        jdbc.update("""
                insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at,
                  nomination_closes_at, city_deadline, review_ends_at)
                values ('SECONDARY_SPECIALTY', 2026, ?, 'EXPERT_REVIEW', ?, current_timestamp - interval '30' day,
                  current_timestamp - interval '20' day, current_timestamp - interval '10' day, current_timestamp + interval '10' day)""", title, quota);
        long roundId = jdbc.queryForObject("select id from selection_round where title = ?", Long.class, title);
        jdbc.update(
                "insert into selection_criterion (round_id, name, max_score, weight, sort_order) values (?, '总体', 100, 1, 1)",
                roundId);
        List<Long> schools = jdbc.queryForList(
                "select id from organization where kind = 'SECONDARY_VOCATIONAL' and demo order by id limit ?",
                Long.class,
                count);
        long expert = jdbc.queryForObject("select id from app_user where username = 'expert1'", Long.class);
        for (int i = 0; i < schools.size(); i++) {
            jdbc.update("""
                    insert into nomination (round_id, organization_id, status, title) values (?, ?, 'UNDER_REVIEW', ?)""", roundId, schools.get(i), "并发 " + i);
            jdbc.update("""
                    insert into review_assignment (nomination_id, expert_id, status, total, submitted_at, assigned_at)
                    select id, ?, 'SUBMITTED', ?, current_timestamp, current_timestamp from nomination
                    where round_id = ? and organization_id = ?""", expert, 90 - i, roundId, schools.get(i));
        }
        return roundId;
    }

    private List<Long> nominations(long roundId) {
        return jdbc.queryForList("select id from nomination where round_id = ? order by id", Long.class, roundId);
    }

    private int selected(long roundId) {
        return jdbc.queryForObject(
                "select count(*) from nomination where round_id = ? and status = 'SELECTED'", Integer.class, roundId);
    }

    @Test
    void twoDecisionsAtTheSameMomentNeverSelectMoreThanTheQuota() throws Exception {
        long roundId = roundInReview(3, 6);
        List<Long> all = nominations(roundId);
        long version = jdbc.queryForObject("select version from selection_round where id = ?", Long.class, roundId);
        PortalUser admin = (PortalUser) userDetails.loadUserByUsername("admin");
        Map<Long, String> reasons = new HashMap<>();
        all.forEach(id -> reasons.put(id, "会议决定"));
        var first = new Decision(
                Set.copyOf(all.subList(0, 3)), reasons, Map.of(), "领导小组审议", LocalDate.now(PortalTime.ZONE), null);
        var second = new Decision(
                Set.copyOf(all.subList(3, 6)), reasons, Map.of(), "党组会审定", LocalDate.now(PortalTime.ZONE), null);

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Decision decision : List.of(first, second)) {
            Callable<Boolean> task = () -> {
                start.await();
                try {
                    decisions.decide(roundId, decision, version, admin);
                    return true;
                } catch (RuntimeException refused) {
                    org.slf4j.LoggerFactory.getLogger(QuotaConcurrencyIT.class)
                            .info("decision refused: {}", refused.toString());
                    return false;
                }
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            succeeded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        var states = jdbc.queryForList(
                "select status from nomination where round_id = ? order by id", String.class, roundId);
        assertThat(succeeded).as(states.toString()).isEqualTo(1);
        assertThat(selected(roundId))
                .as(states + " round "
                        + jdbc.queryForMap("select status, selected_count from selection_round where id = ?", roundId))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select selected_count from selection_round where id = ?", Integer.class, roundId))
                .isEqualTo(3);
    }

    @Test
    void theDatabaseItselfRefusesTheSlotBeyondTheQuotaWhateverTheNumberOfRacers() throws Exception {
        long roundId = roundInReview(4, 0);
        int racers = 12;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    transactions.executeWithoutResult(status -> rounds.takeQuotaSlot(roundId));
                    return true;
                } catch (RuntimeException refusedByCheckConstraint) {
                    return false;
                }
            }));
        }
        start.countDown();
        int taken = 0;
        for (Future<Boolean> result : results) {
            taken += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select selected_count from selection_round where id = ?", Integer.class, roundId))
                .isEqualTo(4);
    }
}
