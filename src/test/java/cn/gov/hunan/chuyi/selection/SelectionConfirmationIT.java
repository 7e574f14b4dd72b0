package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Selection's steps that cannot be undone — closing or cancelling a round, deciding an objection, the decision on the
 * ranking, submitting scores, withdrawing a nomination — happen only on a confirmed post. An unconfirmed one changes
 * nothing and answers the confirmation page: what will happen, in the user's language, and the posted values again.
 */
class SelectionConfirmationIT extends PostgresIntegrationTest {

    private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/rounds"))
                .andReturn()
                .getResponse();
    }

    private String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    private long version(long roundId) {
        return jdbc.queryForObject("select version from selection_round where id = ?", Long.class, roundId);
    }

    private PublicityRounds.Notice notice(String title) {
        String school = title + " 技工学校";
        jdbc.update(
                "insert into organization (name, kind, city_code, county_code) values (?, 'TECHNICIAN', '430100', null)",
                school);
        return PublicityRounds.inPublicity(jdbc, "TECHNICIAN_SCHOOL", title, "厅长办公会", school);
    }

    @Test
    void closingARoundAsksNamingHowManyProjectsItDesignatesAndOnlyTheConfirmedPostCloses() throws Exception {
        var notice = notice("确认测试批次 " + System.nanoTime());
        long round = notice.roundId();
        PublicityRounds.endPeriod(jdbc, round);
        var close = post("/rounds/" + round + "/transition")
                .param("move", "CLOSE_ROUND")
                .param("version", String.valueOf(version(round)))
                .param("reason", "按期结束");

        var asked = send("admin", close);
        assertThat(asked.getStatus()).isEqualTo(200);
        String page = asked.getContentAsString();
        assertThat(page)
                .contains("id=\"confirm-consequence\"")
                .contains("后将立项 1 个项目，且不能撤销。确定？")
                .contains("action=\"/rounds/" + round + "/transition\"")
                .contains("name=\"move\" value=\"CLOSE_ROUND\"")
                .contains("name=\"reason\" value=\"按期结束\"")
                .contains("name=\"confirmed\" value=\"true\"")
                .contains("name=\"_csrf\"")
                .contains("id=\"confirm-no\" href=\"/rounds\"");
        assertThat(status("selection_round", round)).as("nothing happened").isEqualTo("PUBLICITY");
        assertThat(status("nomination", notice.nominations().get(0))).isEqualTo("SELECTED");

        var english = send(
                        "admin",
                        post("/rounds/" + round + "/transition")
                                .param("move", "CLOSE_ROUND")
                                .param("version", String.valueOf(version(round)))
                                .param("lang", "en"))
                .getContentAsString();
        assertThat(english).contains("designates 1 projects. This cannot be undone.");

        assertThat(send("admin", close.param("confirmed", "true")).getRedirectedUrl())
                .isEqualTo("/rounds/" + round);
        assertThat(status("selection_round", round)).isEqualTo("CLOSED");
        assertThat(status("nomination", notice.nominations().get(0))).isEqualTo("DESIGNATED");
    }

    @Test
    void cancellingARoundAsksFirst() throws Exception {
        long round = notice("取消测试批次 " + System.nanoTime()).roundId();
        var cancel = post("/rounds/" + round + "/transition")
                .param("move", "CANCEL")
                .param("version", String.valueOf(version(round)));
        assertThat(send("admin", cancel).getContentAsString()).contains("其中 1 份申报将不再办理，批次不能恢复");
        assertThat(status("selection_round", round)).isEqualTo("PUBLICITY");
        send("admin", cancel.param("confirmed", "true"));
        assertThat(status("selection_round", round)).isEqualTo("CANCELLED");
    }

    @Test
    void decidingAnObjectionAsksNamingTheNomination() throws Exception {
        var notice = notice("异议确认测试 " + System.nanoTime());
        long round = notice.roundId();
        long nomination = notice.nominations().get(0);
        mvc.perform(post("/publicity/" + round + "/objections")
                .with(csrf())
                .param("nominationId", String.valueOf(nomination))
                .param("name", "王五")
                .param("telephone", "13912345678")
                .param("reason", "材料不实"));
        long objection = jdbc.queryForObject("select id from objection where round_id = ?", Long.class, round);
        var uphold = post("/rounds/" + round + "/objections/" + objection)
                .param("upheld", "true")
                .param("disposition", "属实");

        var asked = send("admin", uphold);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString())
                .contains("将移出拟立项名单，且不能撤销")
                .contains("name=\"upheld\" value=\"true\"")
                .contains("name=\"disposition\" value=\"属实\"");
        assertThat(status("objection", objection)).isEqualTo("OPEN");
        assertThat(status("nomination", nomination)).isEqualTo("SELECTED");

        send("admin", uphold.param("confirmed", "true"));
        assertThat(status("objection", objection)).isEqualTo("UPHELD");
        assertThat(status("nomination", nomination)).isEqualTo("REMOVED");
    }

    @Test
    void theDecisionOnTheRankingAsksNamingHowManyAreSelected() throws Exception {
        long round = notice("审定确认测试 " + System.nanoTime()).roundId();
        String before = jdbc.queryForObject(
                "select coalesce(decision_meeting, '') from selection_round where id = ?", String.class, round);
        var asked = send(
                "admin",
                post("/rounds/" + round + "/decision")
                        .param("selected", "1")
                        .param("selected", "2")
                        .param("meeting", "领导小组会议")
                        .param("meetingDate", "2026-03-01")
                        .param("version", "0"));
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString())
                .contains("2 个项目拟立项")
                .contains("name=\"selected\" value=\"1\"")
                .contains("name=\"selected\" value=\"2\"")
                .contains("name=\"meeting\" value=\"领导小组会议\"");
        assertThat(jdbc.queryForObject(
                        "select coalesce(decision_meeting, '') from selection_round where id = ?", String.class, round))
                .as("nothing recorded")
                .isEqualTo(before);
    }

    @Test
    void submittingScoresAsksFirstAndSavingDoesNot() throws Exception {
        long assignment = jdbc.queryForObject("""
                select a.id from review_assignment a join app_user u on u.id = a.expert_id
                join nomination n on n.id = a.nomination_id join organization o on o.id = n.organization_id
                where u.username = 'expert3' and o.name = '邵东职业中专学校'""", Long.class);
        jdbc.update(
                "update review_assignment set status = 'ASSIGNED', total = null, submitted_at = null where id = ?",
                assignment);
        jdbc.update("delete from review_score where assignment_id = ?", assignment);
        long version =
                jdbc.queryForObject("select version from review_assignment where id = ?", Long.class, assignment);
        var scores = post("/reviews/" + assignment).param("version", String.valueOf(version));
        for (Long criterion : jdbc.queryForList("""
                select c.id from selection_criterion c join nomination n on n.round_id = c.round_id
                join review_assignment a on a.nomination_id = n.id where a.id = ?""", Long.class, assignment)) {
            scores.param("score_" + criterion, "5");
        }

        var asked = send("expert3", scores.param("action", "submit"));
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("的评分后不能修改。确定？").contains("name=\"action\" value=\"submit\"");
        assertThat(status("review_assignment", assignment)).isEqualTo("ASSIGNED");

        assertThat(send("expert3", scores.param("confirmed", "true")).getRedirectedUrl())
                .isEqualTo("/reviews/" + assignment);
        assertThat(status("review_assignment", assignment)).isEqualTo("SUBMITTED");
    }

    @Test
    void withdrawingANominationAsksFirst() throws Exception {
        long round = jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at,
                  nomination_closes_at, city_deadline, review_ends_at, publicity_days, selected_count)
                values ('HIGHER_VOC_CLUSTER', 2026, ?, 'OPEN', 5, current_timestamp - interval '1' day,
                  current_timestamp + interval '10' day, current_timestamp + interval '20' day,
                  current_timestamp + interval '30' day, 7, 0) returning id""", Long.class, "撤回确认测试 " + System.nanoTime());
        long nomination = jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, province_run, status, title, summary)
                select ?, o.id, o.city_code, o.province_run, 'DRAFT', '撤回测试专业群', '概述'
                from organization o where o.name = '湖南工业职业技术学院' returning id""", Long.class, round);
        String was = status("nomination", nomination);
        var withdraw = post("/nominations/" + nomination + "/withdraw").param("reason", "不再申报");
        var asked = send("hngy", withdraw);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("这份申报不再办理，且不能恢复");
        assertThat(status("nomination", nomination)).isEqualTo(was);
        send("hngy", withdraw.param("confirmed", "true"));
        assertThat(status("nomination", nomination)).isEqualTo("WITHDRAWN");
    }
}
