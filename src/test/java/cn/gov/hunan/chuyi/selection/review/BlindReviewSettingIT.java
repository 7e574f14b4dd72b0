package cn.gov.hunan.chuyi.selection.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Gap of issue 18: the round's blind-review setting is set on the round form and, on its own, on the round's page; it
 * follows into the review workbook, writes a history line, and is fixed once an expert has scored.
 */
class BlindReviewSettingIT extends PostgresIntegrationTest {

    long round;
    long basis;
    long effect;

    void setUpRound(String status) {
        round = jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota,
                    nomination_opens_at, nomination_closes_at, city_deadline, review_ends_at, experts_per_nomination)
                values ('SECONDARY_SPECIALTY', 2026, ?, ?, 10, now() - interval '10 days', now() - interval '5 days',
                    now() - interval '2 days', now() + interval '10 days', 5)
                returning id
                """, Long.class, "评审方式批次 " + System.nanoTime(), status);
        basis = criterion("办学基础", 60, 0);
        effect = criterion("建设成效", 40, 1);
    }

    long criterion(String name, int max, int order) {
        return jdbc.queryForObject(
                "insert into selection_criterion (round_id, name, max_score, weight, sort_order) values (?, ?, ?, 1, ?)"
                        + " returning id",
                Long.class,
                round,
                name,
                max,
                order);
    }

    long nomination(String organization, String title) {
        return jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, slot, submitted_at)
                select ?, id, city_code, 'UNDER_REVIEW', ?, 1, now() from organization where name = ?
                returning id
                """, Long.class, round, title, organization);
    }

    void scored(long nomination, String expert, int basisScore, int effectScore) {
        long assignment = jdbc.queryForObject("""
                insert into review_assignment (nomination_id, expert_id, status, total, submitted_at, assigned_at)
                select ?, id, 'SUBMITTED', ?, now(), now() from app_user where username = ?
                returning id
                """, Long.class, nomination, basisScore + effectScore, expert);
        jdbc.update(
                "insert into review_score (assignment_id, criterion_id, score) values (?, ?, ?), (?, ?, ?)",
                assignment,
                basis,
                basisScore,
                assignment,
                effect,
                effectScore);
    }

    String expertColumnOfFirstRow() throws Exception {
        byte[] bytes = mvc.perform(get("/rounds/" + round + "/review.xlsx").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue();
        }
    }

    long version() {
        return jdbc.queryForObject("select version from selection_round where id = ?", Long.class, round);
    }

    boolean blind() {
        return jdbc.queryForObject("select blind_review from selection_round where id = ?", Boolean.class, round);
    }

    MockHttpServletResponse change(boolean blind) throws Exception {
        return mvc.perform(post("/rounds/" + round + "/blind-review")
                        .param("blindReview", String.valueOf(blind))
                        .param("version", String.valueOf(version()))
                        .header("Referer", "http://localhost/rounds/" + round)
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    String page() throws Exception {
        return mvc.perform(get("/rounds/" + round).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDepartmentNamesTheExpertsBeforeAnyScoreAndTheWorkbookFollows() throws Exception {
        setUpRound("EXPERT_REVIEW");
        long first = nomination("芙蓉区职业中专（演示）", "数控技术应用专业");
        assertThat(page()).contains("匿名评审（汇总表不显示专家姓名）").contains("id=\"change-blind-review\"");

        MockHttpServletResponse named = change(false);
        assertThat(named.getRedirectedUrl()).isEqualTo("/rounds/" + round);
        assertThat(blind()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from selection_state_change where subject_type = 'ROUND' and subject_id = ?"
                                + " and reason_key = 'selection.history.blindReviewOff'",
                        Integer.class,
                        round))
                .isEqualTo(1);
        assertThat(page()).contains("实名评审（汇总表显示专家姓名）").contains("评审方式改为实名评审");

        scored(first, "expert1", 50, 30);
        assertThat(expertColumnOfFirstRow()).isEqualTo("专家一（长沙民政）");
    }

    @Test
    void onceAnExpertHasScoredTheSettingIsRefusedWithItsReason() throws Exception {
        setUpRound("EXPERT_REVIEW");
        long first = nomination("芙蓉区职业中专（演示）", "数控技术应用专业");
        scored(first, "expert1", 50, 30);
        assertThat(page()).doesNotContain("id=\"change-blind-review\"").contains("已有专家评分或批次已结束");

        var refused = mvc.perform(post("/rounds/" + round + "/blind-review")
                        .param("blindReview", "false")
                        .param("version", String.valueOf(version()))
                        .header("Referer", "http://localhost/rounds/" + round)
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + round);
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("selection.round.error.blindAfterScores");
        assertThat(blind()).isTrue();
        String followed = mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(users.as("admin"))
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(followed).contains("已有专家对本批次的申报评分，评审方式（匿名或实名）不能再改。");
        assertThat(expertColumnOfFirstRow()).isEqualTo("专家1");
    }

    @Test
    void theRoundFormSetsTheSettingAndKeepsItWhenUntouched() throws Exception {
        setUpRound("DRAFT");
        String form = mvc.perform(
                        get("/rounds/" + round + "/edit").param("lang", "en").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Blind review").containsPattern("name=\"blindReview\"[^>]*checked");
        mvc.perform(post("/rounds/" + round)
                .param("programCode", "SECONDARY_SPECIALTY")
                .param("year", "2026")
                .param("title", "实名评审批次")
                .param("quota", "10")
                .param("nominationOpensAt", "2027-06-01T09:00")
                .param("nominationClosesAt", "2027-06-30T17:00")
                .param("cityDeadline", "2027-07-10T17:00")
                .param("reviewEndsAt", "2027-08-01T17:00")
                .param("publicityDays", "7")
                .param("expertsPerNomination", "3")
                .param("nominationsPerOrganization", "1")
                .param("eligibleKinds", "SECONDARY_VOCATIONAL")
                .param("criteria[0].name", "基础")
                .param("criteria[0].maxScore", "100")
                .param("criteria[0].weight", "1")
                .param("_blindReview", "on")
                .param("version", String.valueOf(version()))
                .with(users.as("admin"))
                .with(csrf()));
        assertThat(blind()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from selection_state_change where subject_type = 'ROUND' and subject_id = ?"
                                + " and reason_key = 'selection.history.blindReviewOff'",
                        Integer.class,
                        round))
                .isEqualTo(1);
    }
}
