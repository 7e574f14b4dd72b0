package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The publicity period is the public's: a round in 公示 cannot close — and its nominations cannot become projects —
 * before the period has ended and while an objection waits for its disposition. The round's page says from when.
 */
class PublicityPeriodIT extends PostgresIntegrationTest {

    private long version(long roundId) {
        return jdbc.queryForObject("select version from selection_round where id = ?", Long.class, roundId);
    }

    private MvcResult close(long roundId) throws Exception {
        return mvc.perform(post("/rounds/" + roundId + "/transition")
                        .with(users.as("admin"))
                        .with(csrf())
                        .header("Referer", "http://localhost/rounds/" + roundId)
                        .param("move", "CLOSE_ROUND")
                        .param("version", String.valueOf(version(roundId)))
                        .param("confirmed", "true"))
                .andReturn();
    }

    private String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    private String roundPage(long roundId) throws Exception {
        return mvc.perform(get("/rounds/" + roundId).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long school(String name) {
        return jdbc.queryForObject(
                "insert into organization (name, kind, city_code, county_code) values (?, 'TECHNICIAN', "
                        + "'430100', null) returning id",
                Long.class,
                name);
    }

    @Test
    void closingWaitsForTheEndOfThePeriodAndForEveryDisposition() throws Exception {
        String name = "公示期测试技工学校 " + System.nanoTime();
        school(name);
        var notice =
                PublicityRounds.inPublicity(jdbc, "TECHNICIAN_SCHOOL", "公示期测试 " + System.nanoTime(), "厅长办公会", name);
        long round = notice.roundId();
        long nomination = notice.nominations().get(0);

        // one minute after the notice went up: refused, with the end of the period in the message
        var early = close(round);
        assertThat(early.getFlashMap().get("errorKey")).isEqualTo("selection.round.error.publicityRunning");
        assertThat(status("selection_round", round)).isEqualTo("PUBLICITY");
        assertThat(status("nomination", nomination)).isEqualTo("SELECTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from designated_project where nomination_id = ?", Integer.class, nomination))
                .isZero();
        String page = roundPage(round);
        String endsAt = jdbc.queryForObject(
                "select to_char(publicity_ends_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') "
                        + "from selection_round where id = ?",
                String.class,
                round);
        assertThat(page)
                .contains("id=\"closing-notice\"")
                .contains("届满后方可结束本批次")
                .contains(endsAt)
                .doesNotContain("id=\"do-CLOSE_ROUND\"");

        // an objection lodged during the period, then the period ends: still refused while it is open
        var lodged = mvc.perform(post("/publicity/" + round + "/objections")
                        .with(csrf())
                        .param("nominationId", String.valueOf(nomination))
                        .param("name", "王五")
                        .param("telephone", "13912345678")
                        .param("reason", "材料不实"))
                .andReturn();
        assertThat(lodged.getResponse().getRedirectedUrl()).isEqualTo("/publicity/" + round);
        PublicityRounds.endPeriod(jdbc, round);
        var objectionOpen = close(round);
        assertThat(objectionOpen.getFlashMap().get("errorKey")).isEqualTo("selection.round.error.openObjections");
        assertThat(status("selection_round", round)).isEqualTo("PUBLICITY");
        assertThat(roundPage(round)).contains("尚有 1 件异议未处理").doesNotContain("id=\"do-CLOSE_ROUND\"");

        // the disposition recorded, the period over: the round closes and the nomination becomes a project
        long objection = jdbc.queryForObject("select id from objection where round_id = ?", Long.class, round);
        mvc.perform(post("/rounds/" + round + "/objections/" + objection)
                .with(users.as("admin"))
                .with(csrf())
                .param("upheld", "false")
                .param("disposition", "经核实，材料属实")
                .param("confirmed", "true"));
        assertThat(roundPage(round)).contains("可以结束本批次并立项").contains("id=\"do-CLOSE_ROUND\"");
        assertThat(close(round).getFlashMap().get("errorKey")).isNull();
        assertThat(status("selection_round", round)).isEqualTo("CLOSED");
        assertThat(status("nomination", nomination)).isEqualTo("DESIGNATED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from designated_project where nomination_id = ?", Integer.class, nomination))
                .isEqualTo(1);
    }

    @Test
    void aNoticeStaysPublicAfterTheRoundClosesWithItsOutcomeAndItsOwnWords() throws Exception {
        String kept = "公示留存测试技工学校甲 " + System.nanoTime();
        String removed = "公示留存测试技工学校乙 " + System.nanoTime();
        school(kept);
        school(removed);
        String title = "公示留存测试 " + System.nanoTime();
        var notice = PublicityRounds.inPublicity(jdbc, "TECHNICIAN_SCHOOL", title, "厅长办公会", kept, removed);
        long round = notice.roundId();

        String during = mvc.perform(get("/publicity/" + round))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String startsAt = jdbc.queryForObject(
                "select to_char(publicity_starts_at at time zone 'Asia/Shanghai', "
                        + "'YYYY-MM-DD HH24:MI') from selection_round where id = ?",
                String.class,
                round);
        assertThat(during)
                .as("the issuer and meeting come from the data")
                .contains("发布单位：湖南省人力资源和社会保障厅")
                .contains("并经厅长办公会审定")
                .contains("楚怡优秀技工院校遴选工作安排")
                .doesNotContain("遴选遴选")
                .doesNotContain("厅务会")
                .contains("公示期：" + startsAt + " 至 ");
        assertThat(mvc.perform(get("/publicity/" + round + "/print"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"print-issuer\">湖南省人力资源和社会保障厅<")
                .doesNotContain(">湖南省教育厅<");

        // one objection upheld (the nomination is removed), the period over, the round closed
        mvc.perform(post("/publicity/" + round + "/objections")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr("203.0.113.90");
                    return r;
                })
                .param("nominationId", String.valueOf(notice.nominations().get(1)))
                .param("name", "王五")
                .param("telephone", "13912345678")
                .param("reason", "材料不实"));
        long objection = jdbc.queryForObject("select id from objection where round_id = ?", Long.class, round);
        mvc.perform(post("/rounds/" + round + "/objections/" + objection)
                .with(users.as("admin"))
                .with(csrf())
                .param("upheld", "true")
                .param("disposition", "异议成立")
                .param("confirmed", "true"));
        PublicityRounds.endPeriod(jdbc, round);
        assertThat(close(round).getFlashMap().get("errorKey")).isNull();

        var after = mvc.perform(get("/publicity/" + round)).andReturn().getResponse();
        assertThat(after.getStatus()).as("the link handed out still answers").isEqualTo(200);
        assertThat(after.getContentAsString())
                .contains("公示期满")
                .contains("1 项已立项")
                .contains("id=\"notice-removed\"")
                .contains(removed)
                .contains("异议成立，取消入选")
                .contains("已立项")
                .doesNotContain("id=\"objection-form\"")
                .contains("不再受理异议");
        assertThat(mvc.perform(get("/publicity/" + round + "/print"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/publicity/" + round + "/list.xlsx"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String list = mvc.perform(get("/publicity")).andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf("往期公示")).isLessThan(list.indexOf(title)).isGreaterThan(list.indexOf("正在公示"));
        int year = jdbc.queryForObject(
                "select cast(extract(year from publicity_starts_at at time zone 'Asia/Shanghai') as integer) "
                        + "from selection_round where id = ?",
                Integer.class,
                round);
        assertThat(list).contains("id=\"year-" + year + "\"").contains("id=\"notice-" + round + "\"");
    }
}
