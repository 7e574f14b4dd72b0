package cn.gov.hunan.chuyi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.SealedPageFiles;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The last hour before a deadline: 500 signed-in schools submit their nominations within a minute, each clicking
 * twice and then retrying once, and 100 schools start a nomination with a double click. Nothing fails, nothing is
 * lost, nothing is duplicated: every answer leads to the school's nomination, each is submitted once, with one line
 * of history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineSurgeIT extends PostgresIntegrationTest {

    private static final int SCHOOLS = 500;
    private static final int STARTERS = 100;

    private long submitRound;
    private long startRound;
    private final List<PortalUser> schools = new ArrayList<>();
    private final Map<Integer, Long> draftOf = new ConcurrentHashMap<>();

    @BeforeAll
    void fiveHundredSchoolsWithCompleteDrafts() {
        submitRound = openRound("截止前集中提交演练");
        startRound = openRound("截止前集中创建演练");
        jdbc.update("""
                insert into organization (name, kind, city_code, verification, source)
                select '压力测试中职学校' || g, 'SECONDARY_VOCATIONAL', '430100', 'UNVERIFIED', 'DeadlineSurgeIT'
                from generate_series(1, ?) g""", SCHOOLS);
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, password_changed_at, city_code, organization_id)
                select 'surge-' || substring(o.name from 9), o.name || '管理员', '{noop}x', current_timestamp, o.city_code, o.id
                from organization o where o.source = 'DeadlineSurgeIT'""");
        jdbc.update(
                "insert into user_role (user_id, role) select id, 'SCHOOL_ADMIN' from app_user where username like 'surge-%'");
        jdbc.update("""
                insert into nomination (round_id, organization_id, city_code, status, title, summary, foundation, plan, safeguards)
                select ?, o.id, o.city_code, 'DRAFT', o.name || '申报', '概述', '基础', '方案', '保障'
                from organization o where o.source = 'DeadlineSurgeIT'""", submitRound);
        jdbc.update("""
                insert into nomination_attachment (nomination_id, original_name, content_type, size_bytes, sha256,
                                                   storage_key, uploaded_by, uploaded_at)
                select n.id, '申报书.pdf', 'application/pdf', 1000, md5(n.id::text) || md5(n.id::text), 'surge/' || n.id,
                       'surge', current_timestamp
                from nomination n where n.round_id = ?""", submitRound);
        // and the signed and sealed page each submission needs (issue #18)
        jdbc.update("""
                insert into nomination_document (nomination_id, kind, original_name, content_type, size_bytes, sha256,
                                                 storage_key, uploaded_by, uploaded_at)
                select n.id, 'SEALED_PAGE', '盖章页.pdf', 'application/pdf', 1000, md5(n.id::text) || md5(n.id::text),
                       'surge-sealed/' || n.id, 'surge', current_timestamp
                from nomination n where n.round_id = ?""", submitRound);
        for (int i = 1; i <= SCHOOLS; i++) {
            schools.add(users.principal("surge-" + i));
            draftOf.put(
                    i,
                    jdbc.queryForObject(
                            "select n.id from nomination n join organization o on o.id = n.organization_id "
                                    + "where n.round_id = ? and o.name = ?",
                            Long.class,
                            submitRound,
                            "压力测试中职学校" + i));
        }
    }

    @AfterAll
    void removeThem() {
        jdbc.update(
                "delete from selection_state_change where subject_type = 'NOMINATION' and subject_id in "
                        + "(select id from nomination where round_id in (?, ?))",
                submitRound,
                startRound);
        jdbc.update(
                "delete from nomination_attachment where nomination_id in (select id from nomination where round_id in (?, ?))",
                submitRound,
                startRound);
        SealedPageFiles.forget(jdbc, "select id from nomination where round_id in (?, ?)", submitRound, startRound);
        jdbc.update("delete from nomination where round_id in (?, ?)", submitRound, startRound);
        jdbc.update("update selection_round set status = 'CANCELLED' where id in (?, ?)", submitRound, startRound);
        // the other tests count the reference schools and the accounts: leave nothing of ours behind
        jdbc.update(
                "delete from notification where user_id in (select id from app_user where username like 'surge-%')");
        jdbc.update("delete from user_role where user_id in (select id from app_user where username like 'surge-%')");
        jdbc.update("delete from app_user where username like 'surge-%'");
        jdbc.update("delete from organization where source = 'DeadlineSurgeIT'");
    }

    private long openRound(String title) {
        return jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at,
                    nomination_closes_at, city_deadline, review_ends_at)
                values ('SECONDARY_SCHOOL', 2026, ?, 'OPEN', 100, now() - interval '1 day', now() + interval '1 hour',
                    now() + interval '2 days', now() + interval '3 days')
                returning id""", Long.class, title);
    }

    @Test
    void fiveHundredSchoolsSubmittingAtTheDeadlineLoseAndDuplicateNothing() throws Exception {
        jdbc.update(
                "insert into selection_round_kind (round_id, kind) values (?, 'SECONDARY_VOCATIONAL')", submitRound);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        var answers = new ConcurrentHashMap<String, Integer>();
        var start = new CountDownLatch(1);
        List<Future<?>> sent = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 1; i <= SCHOOLS; i++) {
            int school = i;
            for (int click = 0; click < 2; click++) { // the double click: two posts at the same moment
                sent.add(pool.submit(() -> {
                    start.await();
                    return record(answers, submit(school), school);
                }));
            }
        }
        start.countDown();
        for (Future<?> f : sent) {
            f.get(2, TimeUnit.MINUTES);
        }
        for (int i = 1; i <= SCHOOLS; i++) { // the browser retries a post whose answer it lost
            record(answers, submit(i), i);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        pool.shutdown();
        System.out.printf("deadline surge: %d posts of %d schools in %d ms%n", 3 * SCHOOLS, SCHOOLS, took.toMillis());

        assertThat(answers)
                .as("every answer leads back to the school's own nomination with the good news")
                .containsOnlyKeys("submitted");
        assertThat(answers.get("submitted")).isEqualTo(3 * SCHOOLS);
        assertThat(took).as("1,500 posts of 500 schools within the last minute").isLessThan(Duration.ofMinutes(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination where round_id = ? and status = 'SUBMITTED' "
                                + "and submitted_at is not null",
                        Integer.class,
                        submitRound))
                .as("none lost")
                .isEqualTo(SCHOOLS);
        assertThat(jdbc.queryForObject("""
                select count(*) from selection_state_change
                where subject_type = 'NOMINATION' and to_status = 'SUBMITTED'
                  and subject_id in (select id from nomination where round_id = ?)""", Integer.class, submitRound))
                .as("submitted once each: one line of history, not two or three")
                .isEqualTo(SCHOOLS);
        assertThat(jdbc.queryForObject("""
                select count(*) from nomination_submitted_copy
                where nomination_id in (select id from nomination where round_id = ?)""", Integer.class, submitRound))
                .as("the 申报书 kept once per submission, not once per click")
                .isEqualTo(SCHOOLS);
    }

    @Test
    void aDoubleClickOnStartingANominationMakesOneDraft() throws Exception {
        jdbc.update("insert into selection_round_kind (round_id, kind) values (?, 'SECONDARY_VOCATIONAL')", startRound);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        var start = new CountDownLatch(1);
        Map<Integer, List<Future<String>>> landings = new ConcurrentHashMap<>();
        for (int i = 1; i <= STARTERS; i++) {
            int school = i;
            for (int click = 0; click < 2; click++) {
                landings.computeIfAbsent(school, s -> new ArrayList<>()).add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/nominations")
                                    .param("round", String.valueOf(startRound))
                                    .param("title", "压力测试中职学校" + school + "新申报")
                                    .param("summary", "概述")
                                    .with(user(schools.get(school - 1)))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl();
                }));
            }
        }
        start.countDown();
        for (var entry : landings.entrySet()) {
            String first = entry.getValue().get(0).get(2, TimeUnit.MINUTES);
            String second = entry.getValue().get(1).get(2, TimeUnit.MINUTES);
            assertThat(first)
                    .as("school %d", entry.getKey())
                    .startsWith("/nominations/")
                    .isEqualTo(second);
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from nomination where round_id = ?", Integer.class, startRound))
                .isEqualTo(STARTERS);
        assertThat(jdbc.queryForObject(
                        "select count(distinct organization_id) from nomination where round_id = ?",
                        Integer.class,
                        startRound))
                .isEqualTo(STARTERS);
    }

    private MvcResult submit(int school) throws Exception {
        return mvc.perform(post("/nominations/" + draftOf.get(school) + "/submit")
                        .param("confirmed", "true")
                        .with(user(schools.get(school - 1)))
                        .with(csrf()))
                .andReturn();
    }

    private static Void record(Map<String, Integer> answers, MvcResult result, int school) {
        boolean home = ("/nominations/" + result.getRequest().getRequestURI().split("/")[2])
                .equals(result.getResponse().getRedirectedUrl());
        Object success = result.getFlashMap().get("success");
        String outcome = home
                        && "selection.nomination.submitted".equals(success)
                        && result.getFlashMap().get("errorKey") == null
                ? "submitted"
                : "school " + school + ": " + result.getResponse().getStatus() + " " + result.getFlashMap();
        answers.merge(outcome, 1, Integer::sum);
        return null;
    }
}
