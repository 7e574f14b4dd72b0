package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The bulletin (通报) of a year on PostgreSQL: issued only after the results, only when confirmed, only once, by
 * province staff; it states each city's grade, score and open/overdue/closed items and the overdue items as they were
 * when it was issued, and anyone — signed in or not — may read it.
 */
class BulletinIT extends PostgresIntegrationTest {

    private long plan;
    private int year;

    private MvcResult issue(String user, long planId, Map<String, String> params) throws Exception {
        var request = post("/supervision/plans/" + planId + "/bulletin")
                .with(users.as(user))
                .with(csrf())
                .header("Referer", "http://localhost/supervision/plans/" + planId + "/bulletin");
        params.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private static String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private int bulletins() {
        return jdbc.queryForObject("select count(*) from supervision_bulletin where plan_id = ?", Integer.class, plan);
    }

    /** A year of three cities: Loudi 88.50 with 2 open (1 overdue) and 1 closed, Changsha 70 with 1 open overdue and 2 closed, Xiangtan 50 with none. */
    private void aYear(String status) {
        year = jdbc.queryForObject("""
                select min(y) from (select 2030 + n as y from (select row_number() over () as n from division) d
                where n < 40) ys where y not in (select plan_year from supervision_plan)""", Integer.class);
        plan = jdbc.queryForObject("""
                insert into supervision_plan (plan_year, topic, status, visit_from, visit_to, published_at)
                values (?, '双师型通报测试', ?, date '2030-11-01', date '2030-11-30', current_timestamp) returning id""", Long.class, year, status);
        long loudi = task("431300", "88.50", "EXCELLENT");
        long changsha = task("430100", "70.00", "PASS");
        task("430300", "50.00", "FAIL");
        long school = jdbc.queryForObject("select id from organization where name = '新化县楚怡工业学校'", Long.class);
        finding(loudi, "逾期未整改的学校问题", school, "OPEN", true, -10);
        finding(loudi, "已答复待核查", null, "ANSWERED", false, 10);
        finding(loudi, "娄底已销号", null, "CLOSED", false, -30);
        finding(changsha, "退回后逾期", null, "REJECTED", true, -3);
        finding(changsha, "长沙已销号一", null, "CLOSED", false, -30);
        finding(changsha, "长沙已销号二", null, "CLOSED", false, -30);
    }

    private long task(String city, String total, String grade) {
        return jdbc.queryForObject("""
                insert into inspection_task (plan_id, city_code, status, total_score, grade, reported_at)
                values (?, ?, 'REPORTED', ?, ?, current_timestamp) returning id""", Long.class, plan, city, new BigDecimal(total), grade);
    }

    private void finding(long task, String category, Long school, String status, boolean overdue, int deadlineInDays) {
        jdbc.update(
                """
                insert into finding (task_id, category, severity, description, city_code, organization_id, status, deadline, overdue, created_by, created_at)
                select id, ?, 'SERIOUS', '描述', city_code, ?, ?, ?, ?, 'inspector1', current_timestamp from inspection_task where id = ?""", category, school, status, LocalDate.now(PortalTime.ZONE).plusDays(deadlineInDays), overdue, task);
    }

    private static Map<String, String> form(String number, String date, String preface) {
        return Map.of("documentNumber", number, "issuedOn", date, "preface", preface, "confirmed", "true");
    }

    @Test
    void issuedOnceAfterTheResultsWhenConfirmedAndFrozenAsIssued() throws Exception {
        aYear("ACTIVE");
        String today = LocalDate.now(PortalTime.ZONE).toString();
        assertThat(error(issue("admin", plan, form("湘教督通〔2031〕9号", today, ""))))
                .isEqualTo("supervision.bulletin.error.resultsNotPublished");
        String before = mvc.perform(
                        get("/supervision/plans/" + plan + "/bulletin").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).contains("本年度督导结果发布后才能发布通报").doesNotContain("publish-bulletin");
        jdbc.update("update supervision_plan set status = 'PUBLISHED' where id = ?", plan);

        // the staff page shows what it would state, and the form
        String page = mvc.perform(
                        get("/supervision/plans/" + plan + "/bulletin").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("publish-bulletin")
                .contains("逾期未整改的学校问题")
                .contains("退回后逾期")
                .doesNotContain("已答复待核查");

        // not confirmed: the confirmation page, nothing issued
        var unconfirmed = mvc.perform(post("/supervision/plans/" + plan + "/bulletin")
                        .param("documentNumber", "湘教督通〔2031〕9号")
                        .param("issuedOn", today)
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(unconfirmed.getContentAsString()).contains("不能修改或撤回").contains("confirmed");
        assertThat(bulletins()).isZero();

        // refused forms keep what was typed and name the field
        var blank = issue("admin", plan, form(" ", today, "保留的正文"));
        assertThat(error(blank)).isEqualTo("supervision.bulletin.error.number");
        assertThat(blank.getFlashMap().get("errorField")).isEqualTo("documentNumber");
        assertThat(((Map<?, ?>) blank.getFlashMap().get("typed")).get("preface"))
                .isEqualTo("保留的正文");
        assertThat(error(issue(
                        "admin",
                        plan,
                        form(
                                "湘教督通〔2031〕9号",
                                LocalDate.now(PortalTime.ZONE).plusDays(1).toString(),
                                ""))))
                .isEqualTo("supervision.bulletin.error.dateFuture");
        assertThat(error(issue("admin", plan, form("湘教督通〔2026〕1号（演示）", today, ""))))
                .as("the demo bulletin's number")
                .isEqualTo("supervision.bulletin.error.numberTaken");
        assertThat(issue("changsha", plan, form("湘教督通〔2031〕9号", today, ""))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(bulletins()).isZero();

        var issued = issue("admin", plan, form("湘教督通〔2031〕9号", today, "第一段正文。\n\n第二段正文。"));
        assertThat(error(issued)).isNull();
        assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/supervision/bulletins/" + year);
        assertThat(bulletins()).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from supervision_state_change where subject_type = 'PLAN' and subject_id = ?
                and reason_key = 'supervision.history.bulletin' and reason_arguments = '湘教督通〔2031〕9号'""", Integer.class, plan)).isEqualTo(1);

        // once only
        assertThat(error(issue("admin", plan, form("湘教督通〔2031〕10号", today, ""))))
                .isEqualTo("supervision.bulletin.error.issued");
        assertThat(bulletins()).isEqualTo(1);

        // later changes do not rewrite what was issued
        jdbc.update(
                "update finding set status = 'CLOSED', overdue = false where category = '退回后逾期' and task_id in (select id from inspection_task where plan_id = ?)",
                plan);
        String document = mvc.perform(get("/supervision/bulletins/" + year))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(row(document, "bulletin-city-431300"))
                .containsSubsequence("娄底市", "88.50", "优秀", ">2<", ">1<", ">1<");
        assertThat(row(document, "bulletin-city-430100"))
                .containsSubsequence("长沙市", "70.00", "合格", ">1<", ">1<", ">2<");
        assertThat(row(document, "bulletin-city-430300"))
                .containsSubsequence("湘潭市", "50.00", "不合格", ">0<", ">0<", ">0<");
        assertThat(document.indexOf("bulletin-city-431300")).isLessThan(document.indexOf("bulletin-city-430100"));
        assertThat(document.indexOf("bulletin-city-430100")).isLessThan(document.indexOf("bulletin-city-430300"));
        assertThat(document)
                .contains("湘教督通〔2031〕9号")
                .contains("第一段正文。")
                .contains("第二段正文。")
                .contains(today)
                .contains("新化县楚怡工业学校")
                .contains("逾期未整改的学校问题")
                .contains("退回后逾期")
                .doesNotContain("已答复待核查")
                .doesNotContain("长沙已销号一");
        assertThat(mvc.perform(get("/supervision/bulletins/" + year).param("lang", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Bulletin on the " + year + " supervision results")
                .contains("Of which overdue");
    }

    @Test
    void anyoneReadsAnIssuedBulletinStaffAloneIssueIt() throws Exception {
        // the demo's 2025 bulletin: public, listed, printable
        var anonymous =
                mvc.perform(get("/supervision/bulletins/2025")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(200);
        assertThat(anonymous.getContentAsString())
                .contains("湘教督通〔2026〕1号（演示）")
                .contains("print-now")
                .contains("娄底市");
        assertThat(mvc.perform(get("/supervision/bulletins"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/supervision/bulletins/2025");
        for (String user : new String[] {"changsha", "hngy", "inspector1", "expert1", "auditor"}) {
            assertThat(mvc.perform(get("/supervision/bulletins/2025").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(200);
        }
        // a year without a bulletin is not found, for anyone
        assertThat(mvc.perform(get("/supervision/bulletins/2099"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        // preparing and issuing: province staff only
        long demo = jdbc.queryForObject("select id from supervision_plan where plan_year = 2025", Long.class);
        for (String user : new String[] {"changsha", "hngy", "inspector1", "expert1"}) {
            assertThat(mvc.perform(get("/supervision/plans/" + demo + "/bulletin")
                                    .with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        var unsigned = mvc.perform(post("/supervision/plans/" + demo + "/bulletin")
                        .with(csrf())
                        .param("documentNumber", "x")
                        .param("issuedOn", LocalDate.now(PortalTime.ZONE).toString())
                        .param("confirmed", "true"))
                .andReturn()
                .getResponse();
        assertThat(unsigned.getStatus()).isEqualTo(302);
        assertThat(unsigned.getRedirectedUrl()).endsWith("/login");
        String staff = mvc.perform(
                        get("/supervision/plans/" + demo + "/bulletin").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(staff).contains("open-bulletin").doesNotContain("publish-bulletin");
    }

    /** The markup of the table row with {@code id}. */
    private static String row(String html, String id) {
        var m = Pattern.compile("<tr id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}
