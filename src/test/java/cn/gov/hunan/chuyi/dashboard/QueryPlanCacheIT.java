package cn.gov.hunan.chuyi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.account.AccountDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.nomination.Nomination;
import cn.gov.hunan.chuyi.selection.nomination.NominationRepository;
import cn.gov.hunan.chuyi.selection.review.AssignmentRepository;
import cn.gov.hunan.chuyi.selection.review.ReviewAssignment;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The busy pages run no query whose SQL Hibernate translates again on every request (docs/performance.md, "Fourth
 * sitting"). Hibernate keeps the plan of an HQL query unless a parameter is bound to a list ({@code x in :ids}: the SQL
 * depends on the list's size) and never keeps a Criteria query's ({@code findAllById}); the portal binds such ids as
 * one array ({@code array_has(:ids, x)}, {@code shared.ArrayHas}). Read from Hibernate's statistics: a query whose plan is
 * kept counts two cache hits an execution (its parsed HQL and its SQL), one translated again counts one (the parsed HQL
 * only) and a Criteria query none. Native SQL is not translated and not looked at.
 */
class QueryPlanCacheIT extends PostgresIntegrationTest {

    /** HQL names an entity after {@code from}; native SQL a table, in lower case. */
    private static final Pattern HQL = Pattern.compile("\\bfrom [A-Z]");

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    NominationRepository nominations;

    private Statistics statistics;

    @BeforeEach
    void countQueries() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    private Map<String, long[]> snapshot() {
        Map<String, long[]> found = new HashMap<>();
        for (String query : statistics.getQueries()) {
            var q = statistics.getQueryStatistics(query);
            found.put(query, new long[] {q.getExecutionCount(), q.getPlanCacheHitCount()});
        }
        return found;
    }

    /** The queries that the third request of the page translated again (the first two fill the caches). */
    private List<String> translatedAgain(String user, String path) throws Exception {
        var as = users.as(user);
        mvc.perform(get(path).with(as)).andExpect(status().isOk());
        mvc.perform(get(path).with(as)).andExpect(status().isOk());
        var before = snapshot();
        mvc.perform(get(path).with(as)).andExpect(status().isOk());
        List<String> again = new ArrayList<>();
        snapshot().forEach((query, after) -> {
            long[] was = before.getOrDefault(query, new long[2]);
            long executions = after[0] - was[0];
            long hits = after[1] - was[1];
            boolean criteria = query.startsWith("[CRITERIA]");
            if (executions > 0 && (criteria || (HQL.matcher(query).find() && hits < 2 * executions))) {
                again.add(query.replaceAll("\\s+", " "));
            }
        });
        return again;
    }

    private long round(String where) {
        return jdbc.queryForObject(
                "select id from selection_round where " + where + " order by id limit 1", Long.class);
    }

    @Test
    void theBusyPagesTranslateNoQueryAgain() throws Exception {
        long review = round("title = '2026年楚怡优秀中职学校遴选（演示）'");
        long publicity = round("status = 'PUBLICITY'");
        long nomination = jdbc.queryForObject("select min(id) from nomination where round_id = ?", Long.class, review);
        for (String path : new String[] {
            "/",
            "/rounds/" + review + "/ranking",
            "/publicity/" + publicity,
            "/nominations",
            "/nominations?round=" + review,
            "/nominations/" + nomination
        }) {
            assertThat(translatedAgain("admin", path))
                    .as("queries of %s translated again on every request", path)
                    .isEmpty();
        }
    }

    @Test
    void idArraysOfAnySizeShareOnePlanAndFindWhatTheListFound() {
        List<Long> ids = jdbc.queryForList("select id from organization order by id limit 7", Long.class);
        String query = "select o from Organization o where array_has(:ids, o.id)";
        organizations.findAll(Set.of(ids.get(0)));
        long missed = statistics.getQueryStatistics(query).getPlanCacheMissCount();
        long hits = statistics.getQueryStatistics(query).getPlanCacheHitCount();
        for (int size : new int[] {1, 3, 7, 2}) {
            Set<Long> asked = new HashSet<>(ids.subList(0, size));
            asked.add(-1L); // no such organisation: not found, not a failure
            var found = organizations.findAll(asked);
            assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(ids.subList(0, size));
            assertThat(found.values().stream().map(o -> o.name()).collect(Collectors.toSet()))
                    .isEqualTo(new HashSet<>(jdbc.queryForList(
                            "select name from organization where id in ("
                                    + ids.subList(0, size).stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(","))
                                    + ")",
                            String.class)));
        }
        assertThat(statistics.getQueryStatistics(query).getPlanCacheMissCount())
                .as("one translation for arrays of 1, 3, 7 and 2 ids")
                .isEqualTo(missed);
        assertThat(statistics.getQueryStatistics(query).getPlanCacheHitCount() - hits)
                .isEqualTo(8);

        List<Long> experts = jdbc.queryForList("select id from app_user where username like 'expert%'", Long.class);
        assertThat(accounts.findAll(experts).keySet()).containsExactlyInAnyOrderElementsOf(experts);
    }

    @Test
    void anEmptyArrayFindsNothing() {
        assertThat(assignments.ofNominations(new Long[0])).isEmpty();
        assertThat(assignments.findByNominationIdIn(List.of())).isEmpty();
        long review = round("title = '2026年楚怡优秀中职学校遴选（演示）'");
        assertThat(nominations.findInRound(review, new String[0])).isEmpty();
        assertThat(nominations.findByRoundIdAndStatusIn(review, EnumSet.noneOf(NominationStatus.class)))
                .isEmpty();
    }

    @Test
    void statesAndNominationIdsAsArraysFindWhatTheListsFound() {
        long review = round("title = '2026年楚怡优秀中职学校遴选（演示）'");
        var states = EnumSet.of(NominationStatus.UNDER_REVIEW, NominationStatus.ELIGIBLE, NominationStatus.SELECTED);
        List<Long> expected = jdbc.queryForList(
                "select id from nomination where round_id = ? and status in ('UNDER_REVIEW', 'ELIGIBLE', 'SELECTED')",
                Long.class,
                review);
        assertThat(expected).isNotEmpty();
        assertThat(nominations.findByRoundIdAndStatusIn(review, states).stream().map(Nomination::id))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(nominations.findRanked(review, states).stream().map(r -> r.id()))
                .containsExactlyInAnyOrderElementsOf(expected);
        List<Long> assignedExperts = jdbc.queryForList(
                "select a.expert_id from review_assignment a join nomination n on n.id = a.nomination_id where n.round_id = ?",
                Long.class,
                review);
        assertThat(assignments
                        .findByNominationIdIn(
                                jdbc.queryForList("select id from nomination where round_id = ?", Long.class, review))
                        .stream()
                        .map(ReviewAssignment::expertId))
                .containsExactlyInAnyOrderElementsOf(assignedExperts);
    }
}
