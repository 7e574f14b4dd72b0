package cn.gov.hunan.chuyi.selection.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.StatementCounter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 18, batch work: each action changes every selected nomination it may change, reports the others with their
 * reason, and is one transaction; applying costs a bounded number of statements per nomination.
 */
class NominationBatchIT extends PostgresIntegrationTest {

    static final String[] CHANGSHA = {
        "芙蓉区职业中专（演示）", "天心区职业中专（演示）", "岳麓区职业中专（演示）", "开福区职业中专（演示）", "雨花区职业中专（演示）", "宁乡市职业中专（演示）"
    };
    static final String LOUDI = "娄星区职业中专（演示）";

    long round(String status, Integer cityLimit) {
        return jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota, city_limit,
                    nomination_opens_at, nomination_closes_at, city_deadline, review_ends_at, experts_per_nomination)
                values ('SECONDARY_SPECIALTY', 2026, ?, ?, 10, ?, now() - interval '10 days', now() - interval '1 day',
                    now() + interval '5 days', now() + interval '10 days', 2)
                returning id
                """, Long.class, "批量处理批次 " + System.nanoTime(), status, cityLimit);
    }

    long nomination(long round, String organization, String status) {
        return nomination(round, organization, status, organization + "特色专业");
    }

    long nomination(long round, String organization, String status, String title) {
        return jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, slot, submitted_at, lead_specialty)
                select ?, id, city_code, ?, ?, 1, now(), '数控技术应用' from organization where name = ?
                returning id
                """, Long.class, round, status, title, organization);
    }

    String status(long id) {
        return jdbc.queryForObject("select status from nomination where id = ?", String.class, id);
    }

    List<String> statuses(long... ids) {
        return Arrays.stream(ids).mapToObj(this::status).toList();
    }

    long historyLines(long... ids) {
        long n = 0;
        for (long id : ids) {
            n += jdbc.queryForObject(
                    "select count(*) from selection_state_change where subject_type = 'NOMINATION' and subject_id = ?",
                    Long.class,
                    id);
        }
        return n;
    }

    MvcResult batch(String user, String path, String action, String reason, long... ids) throws Exception {
        var request = post(path)
                .param("action", action)
                .param("ids", Arrays.stream(ids).mapToObj(String::valueOf).toArray(String[]::new))
                .param("confirmed", "true")
                .header("Referer", "http://localhost/nominations");
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn();
    }

    MvcResult confirmation(String user, String action, String reason, long... ids) throws Exception {
        return batch(user, "/nominations/batch", action, reason, ids);
    }

    MvcResult apply(String user, String action, String reason, long... ids) throws Exception {
        return batch(user, "/nominations/batch/apply", action, reason, ids);
    }

    @Test
    void aCityRecommendsItsOwnUpToItsLimitAndReturnsManyWithOneReason() throws Exception {
        long round = round("CITY_REVIEW", 2);
        long a = nomination(round, CHANGSHA[0], "SUBMITTED");
        long b = nomination(round, CHANGSHA[1], "SUBMITTED");
        long c = nomination(round, CHANGSHA[2], "SUBMITTED");
        long held = nomination(round, CHANGSHA[3], "RECOMMENDED");
        long other = nomination(round, LOUDI, "SUBMITTED");

        String page = confirmation("changsha", "RECOMMEND", null, a, b, c, held, other)
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("将变更 1 项申报")
                .contains("本市州推荐名额（2 项）已用完")
                .contains("当前状态为“已推荐”，不能执行该操作")
                .contains("#" + other)
                .as("another city's nomination is named by its number only")
                .doesNotContain(LOUDI + "特色专业");
        assertThat(statuses(a, b, c)).as("the confirmation changes nothing").containsOnly("SUBMITTED");

        MvcResult applied = apply("changsha", "RECOMMEND", null, a, b, c, held, other);
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/nominations");
        assertThat((Object[]) applied.getFlashMap().get("successArgs")).containsExactly(1, 4);
        assertThat(statuses(a, b, c, held, other))
                .containsExactly("RECOMMENDED", "SUBMITTED", "SUBMITTED", "RECOMMENDED", "SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select reason_key from selection_state_change where subject_id = ? and to_status = 'RECOMMENDED'",
                        String.class,
                        a))
                .isEqualTo("selection.history.batch");

        // returning needs one reason, which every returned nomination's history keeps
        MvcResult noReason = apply("changsha", "RETURN_TO_SCHOOL", " ", b, c);
        assertThat(noReason.getFlashMap().get("errorKey")).isEqualTo("selection.error.reasonRequired");
        assertThat(statuses(b, c)).containsOnly("SUBMITTED");

        apply("changsha", "RETURN_TO_SCHOOL", "请补充校企合作协议", b, c, a);
        assertThat(statuses(b, c, a)).containsExactly("RETURNED", "RETURNED", "RECOMMENDED");
        assertThat(jdbc.queryForList(
                        "select reason from selection_state_change where subject_id in (?, ?) and to_status = 'RETURNED'",
                        String.class,
                        b,
                        c))
                .containsOnly("请补充校企合作协议")
                .hasSize(2);
    }

    @Test
    void provinceStaffJudgeEligibilityOfManyWithOneReasonInBoundedStatements() throws Exception {
        long round = round("CITY_REVIEW", null);
        long a = nomination(round, CHANGSHA[0], "RECOMMENDED");
        long b = nomination(round, CHANGSHA[1], "RECOMMENDED");
        long c = nomination(round, CHANGSHA[2], "RECOMMENDED");
        long d = nomination(round, CHANGSHA[3], "RECOMMENDED");
        long e = nomination(round, CHANGSHA[4], "RECOMMENDED");
        long f = nomination(round, CHANGSHA[5], "RECOMMENDED");
        long submitted = nomination(round, LOUDI, "SUBMITTED");

        // a city officer may not take the department's action: refused as a whole
        MvcResult city = apply("changsha", "MARK_ELIGIBLE", null, a, b);
        assertThat(city.getFlashMap().get("errorKey")).isEqualTo("selection.batch.error.action");
        assertThat(statuses(a, b)).containsOnly("RECOMMENDED");

        var counter = new StatementCounter();
        long two = counter.count(() -> apply("admin", "MARK_INELIGIBLE", "不符合申报条件", a, b, submitted));
        long four = counter.count(() -> apply("admin", "MARK_ELIGIBLE", null, c, d, e, f));
        assertThat(statuses(a, b, submitted)).containsExactly("INELIGIBLE", "INELIGIBLE", "SUBMITTED");
        assertThat(statuses(c, d, e, f)).containsOnly("ELIGIBLE");
        assertThat(historyLines(a, b, c, d, e, f)).isEqualTo(6);
        // the confirmation's plan and the apply's plan read the selection in a fixed number of statements; each
        // changed nomination adds its update, its history line and what its notification reads and writes
        assertThat(four - two)
                .as("statements per further nomination: " + (four - two) / 2)
                .isLessThanOrEqualTo(2 * 6);
        assertThat(two).as("statements for two nominations").isLessThanOrEqualTo(20 + 2 * 6);
    }

    @Test
    void assigningExpertsStartsTheReviewOfTheEligibleAndGivesEachItsExperts() throws Exception {
        long round = round("EXPERT_REVIEW", null);
        long eligible = nomination(round, CHANGSHA[0], "ELIGIBLE");
        long inReview = nomination(round, CHANGSHA[1], "UNDER_REVIEW");
        long ineligible = nomination(round, CHANGSHA[2], "INELIGIBLE");

        String page = confirmation("admin", "ASSIGN_EXPERTS", null, eligible, inReview, ineligible)
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("将变更 2 项申报").contains("当前状态为“形式审查不通过”");

        apply("admin", "ASSIGN_EXPERTS", null, eligible, inReview, ineligible);
        assertThat(statuses(eligible, inReview, ineligible))
                .containsExactly("UNDER_REVIEW", "UNDER_REVIEW", "INELIGIBLE");
        for (long id : new long[] {eligible, inReview}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from review_assignment where nomination_id = ?", Integer.class, id))
                    .as("experts of " + id)
                    .isEqualTo(2);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_assignment where nomination_id = ?", Integer.class, ineligible))
                .isZero();
    }

    @Test
    void aBatchThatFailsUnexpectedlyChangesNothing() throws Exception {
        long round = round("CITY_REVIEW", null);
        long a = nomination(round, CHANGSHA[0], "RECOMMENDED");
        long b = nomination(round, CHANGSHA[1], "RECOMMENDED", "触发失败的申报");
        jdbc.execute("""
                create or replace function c2_batch_failure() returns trigger as $$
                begin
                  if new.title = '触发失败的申报' and new.status <> old.status then
                    raise exception 'the second nomination cannot be written';
                  end if;
                  return new;
                end $$ language plpgsql
                """);
        jdbc.execute("create trigger c2_batch_failure before update on nomination for each row"
                + " execute function c2_batch_failure()");
        try {
            assertThatThrownBy(() -> {
                        MvcResult result = apply("admin", "MARK_ELIGIBLE", null, a, b);
                        if (result.getResponse().getStatus() >= 500 || result.getResolvedException() != null) {
                            throw new IllegalStateException("failed as expected");
                        }
                    })
                    .isInstanceOf(Exception.class);
        } finally {
            jdbc.execute("drop trigger c2_batch_failure on nomination");
            jdbc.execute("drop function c2_batch_failure()");
        }
        assertThat(statuses(a, b))
                .as("the first nomination's change was rolled back too")
                .containsOnly("RECOMMENDED");
        assertThat(historyLines(a, b)).isZero();
    }
}
