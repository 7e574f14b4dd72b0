package cn.gov.hunan.chuyi.selection.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 13: the expert pool knows fields of expertise; assignment prefers matching experts, then balances load. */
class ExpertPreferenceIT extends PostgresIntegrationTest {

    @Autowired
    AssignmentService reviews;

    private long expert(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private MvcResult describe(String username, String title, String fields) throws Exception {
        long version = jdbc
                .queryForList("select version from expert_profile where user_id = ?", Long.class, expert(username))
                .stream()
                .findFirst()
                .orElse(0L);
        return mvc.perform(post("/experts/" + expert(username))
                        .param("title", title)
                        .param("fields", fields)
                        .param("version", String.valueOf(version))
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn();
    }

    private long demoNomination(String title) {
        return jdbc.queryForObject(
                "select id from nomination where title = ? and status = 'RECOMMENDED'", Long.class, title);
    }

    @Test
    void matchingExpertsComeFirstThenTheLightestLoad() throws Exception {
        // 长沙民政's elderly-care cluster: expert1 is of 长沙民政 and stands aside; expert4 knows 健康养老
        long cluster = demoNomination("智慧健康养老专业群");
        assertThat(reviews.candidatesFor(cluster))
                .extracting(UserSummary::username)
                .as("the matching expert first, although older accounts have the same load")
                .startsWith("expert4")
                .doesNotContain("expert1");

        Long extra = null;
        try {
            // expert2 now knows 养老服务 (the lead specialty 智慧健康养老服务与管理) too: both match; with no load, the older first
            assertThat(describe("expert2", "教授", "轨道交通、养老服务").getResponse().getRedirectedUrl())
                    .isEqualTo("/experts");
            assertThat(reviews.candidatesFor(cluster))
                    .extracting(UserSummary::username)
                    .startsWith("expert2", "expert4");
            // expert2 takes one review in the round: among the matching, the lighter load comes first
            long other = jdbc.queryForObject("""
                    select n.id from nomination n where n.round_id = (select round_id from nomination where id = ?)
                    and n.id <> ? order by n.id limit 1""", Long.class, cluster, cluster);
            extra = jdbc.queryForObject("""
                    insert into review_assignment (nomination_id, expert_id, status, assigned_at)
                    values (?, ?, 'ASSIGNED', current_timestamp) returning id""", Long.class, other, expert("expert2"));
            // other tests add experts of their own (expert9 …): only the demo's five are looked at here
            assertThat(reviews.candidatesFor(cluster))
                    .extracting(UserSummary::username)
                    .filteredOn(name -> name.matches("expert[1-5]"))
                    .startsWith("expert4", "expert2")
                    .as("matching ones before the rest")
                    .endsWith("expert5");
        } finally {
            if (extra != null) {
                jdbc.update("delete from review_assignment where id = ?", extra);
            }
            jdbc.update("update expert_profile set fields = '轨道交通、铁道机车、智能制造' where user_id = ?", expert("expert2"));
        }
    }

    @Test
    void thePoolAndTheRankingShowEachExpertsFields() throws Exception {
        String pool = mvc.perform(get("/experts").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pool).contains("健康养老、社会工作、护理").contains("怀化职业技术学院");

        var refused = describe("expert3", "研究员", "这是一个远远超过三十个字的专业领域名称用来检查服务端的校验是否生效以及表单回填");
        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        assertThat(refused.getResponse().getContentAsString())
                .contains("每个专业领域不能超过 30 个字")
                .as("what was typed comes back")
                .contains("这是一个远远超过三十个字的专业领域名称");

        long round =
                jdbc.queryForObject("select id from selection_round where title = '2026年楚怡优秀中职学校遴选（演示）'", Long.class);
        String ranking = mvc.perform(get("/rounds/" + round + "/ranking").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ranking)
                .contains("reviewers")
                .containsAnyOf(
                        "中职学校、职业教育管理、学校治理",
                        "智能制造、机械制造及自动化、机电技术应用",
                        "轨道交通、铁道机车、智能制造",
                        "健康养老、社会工作、护理",
                        "机电技术应用、数控技术、工业机器人");
    }
}
