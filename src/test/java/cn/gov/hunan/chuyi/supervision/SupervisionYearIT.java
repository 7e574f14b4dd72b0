package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.supervision.finding.FindingService;
import cn.gov.hunan.chuyi.supervision.task.IndicatorScore;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** A supervision year on PostgreSQL, from the plan to the published results and their workbook. */
class SupervisionYearIT extends PostgresIntegrationTest {

    @Autowired
    TaskService supervision;

    @Autowired
    FindingService rectification;

    @Autowired
    UserDetailsService userDetails;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
    }

    private String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aYearFromPlanToPublishedResults() throws Exception {
        int year = 2090 + (int) (System.nanoTime() % 9);
        jdbc.update(
                "delete from supervision_state_change where subject_type = 'PLAN' and subject_id in (select id from supervision_plan where plan_year = ?)",
                year);

        // a refused plan comes back with the reason and what was typed
        String refused = send(
                        "admin",
                        post("/supervision/plans")
                                .param("year", String.valueOf(year))
                                .param("topic", "双师型")
                                .param("visitFrom", year + "-11-30")
                                .param("visitTo", year + "-11-01")
                                .param("name_0", "保留的指标")
                                .param("weight_0", "60"))
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("开始不能晚于结束").contains("保留的指标");
        String badWeight = send(
                        "admin",
                        post("/supervision/plans")
                                .param("year", String.valueOf(year))
                                .param("topic", "双师型")
                                .param("visitFrom", year + "-11-01")
                                .param("visitTo", year + "-11-30")
                                .param("name_0", "指标")
                                .param("weight_0", "0"))
                .getResponse()
                .getContentAsString();
        assertThat(badWeight).contains("权重须在 0 到 100 之间");

        // plan with a quantitative and a qualitative indicator
        var created = send(
                "admin",
                post("/supervision/plans")
                        .param("year", String.valueOf(year))
                        .param("topic", "双师型")
                        .param("visitFrom", year + "-11-01")
                        .param("visitTo", year + "-11-30")
                        .param("name_0", "双师型比例")
                        .param("weight_0", "60")
                        .param("numerator_0", "双师型教师数")
                        .param("denominator_0", "专业课教师数")
                        .param("target_0", "50")
                        .param("name_1", "政策保障")
                        .param("weight_1", "40"));
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/supervision/plans/");
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(error(send(
                        "admin",
                        post("/supervision/plans/" + plan + "/activate")
                                .param("version", "0")
                                .param("confirmed", "true"))))
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from inspection_task where plan_id = ?", Integer.class, plan))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'loudi' and n.message_key = 'notification.supervision.started' and n.arguments like ?""", Integer.class, year + "%"))
                .as("the cities are asked for their figures")
                .isEqualTo(1);

        long loudiTask = id("select id from inspection_task where plan_id = ? and city_code = '431300'", plan);
        long inspector1 = id("select id from app_user where username = 'inspector1'");
        long inspector2 = id("select id from app_user where username = 'inspector2'");
        assertThat(error(send(
                        "admin",
                        post("/supervision/tasks/" + loudiTask + "/team")
                                .param("lead", String.valueOf(inspector1))
                                .param("members", String.valueOf(inspector2)))))
                .isNull();

        // the city reports its figures; the team sees the share
        long quantitative = id("select id from supervision_indicator where plan_id = ? and sort_order = 1", plan);
        assertThat(error(send(
                        "loudi",
                        post("/supervision/tasks/" + loudiTask + "/data")
                                .param("num_" + quantitative, "300")
                                .param("den_" + quantitative, "200"))))
                .isEqualTo("supervision.task.error.figures");
        assertThat(error(send(
                        "loudi",
                        post("/supervision/tasks/" + loudiTask + "/data")
                                .param("num_" + quantitative, "612")
                                .param("den_" + quantitative, "1180"))))
                .isNull();
        // and a school of the city reports its own; a school of another city cannot
        String requests = mvc.perform(get("/supervision/data").with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(requests).contains("request-" + loudiTask);
        assertThat(error(send(
                        "xhcy",
                        post("/supervision/data/" + loudiTask)
                                .param("num_" + quantitative, "86")
                                .param("den_" + quantitative, "172"))))
                .isNull();
        assertThat(send(
                                "hngy",
                                post("/supervision/data/" + loudiTask)
                                        .param("num_" + quantitative, "1")
                                        .param("den_" + quantitative, "2"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String taskPage = mvc.perform(get("/supervision/tasks/" + loudiTask).with(users.as("inspector2")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taskPage).contains("51.9%").contains("新化县楚怡工业学校：86 / 172（50.0%）");
        assertThat(mvc.perform(get("/supervision/tasks/" + loudiTask).with(users.as("changsha")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        // a finding for a school of the city, with evidence; the school answers; sent back; answered; accepted
        long school = id("select id from organization where name = '新化县楚怡工业学校'");
        var raised = send(
                "inspector2",
                multipart("/supervision/tasks/" + loudiTask + "/findings")
                        .file(new MockMultipartFile("file", "照片.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                        .param("category", "双师型认定不规范")
                        .param("severity", "SERIOUS")
                        .param("description", "材料缺失")
                        .param("organizationId", String.valueOf(school))
                        .param(
                                "deadline",
                                LocalDate.now(PortalTime.ZONE).plusDays(30).toString()));
        assertThat(error(raised)).isNull();
        long finding = id("select id from finding where task_id = ?", loudiTask);
        assertThat(jdbc.queryForObject(
                        "select count(*) from finding_attachment where finding_id = ?", Integer.class, finding))
                .isEqualTo(1);
        assertThat(send(
                                "loudi",
                                post("/supervision/findings/" + finding + "/answer")
                                        .param("measures", "x"))
                        .getResponse()
                        .getStatus())
                .as("the city does not answer for a school")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .isEqualTo("OPEN");
        assertThat(error(send(
                        "xhcy",
                        post("/supervision/findings/" + finding + "/answer").param("measures", "已补材料"))))
                .isNull();
        assertThat(error(send(
                        "inspector1",
                        post("/supervision/findings/" + finding + "/verify").param("accepted", "false"))))
                .isEqualTo("supervision.finding.error.comment");
        send(
                "inspector1",
                post("/supervision/findings/" + finding + "/verify")
                        .param("accepted", "false")
                        .param("comment", "不全"));
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .isEqualTo("REJECTED");
        send("xhcy", post("/supervision/findings/" + finding + "/answer").param("measures", "再次补充"));
        send("inspector2", post("/supervision/findings/" + finding + "/verify").param("accepted", "true"));
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .as("accepted: the province signs it off")
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from supervision_state_change where subject_type = 'FINDING' and subject_id = ?",
                        Integer.class,
                        finding))
                .isEqualTo(5);

        // the lead scores and reports; only the lead may
        long qualitative = id("select id from supervision_indicator where plan_id = ? and sort_order = 2", plan);
        long version = id("select version from inspection_task where id = ?", loudiTask);
        assertThat(error(send(
                        "inspector2",
                        post("/supervision/tasks/" + loudiTask + "/scores")
                                .param("version", String.valueOf(version))
                                .param("score_" + quantitative, "90"))))
                .isEqualTo("supervision.task.error.notLead");
        send(
                "inspector1",
                post("/supervision/tasks/" + loudiTask + "/scores")
                        .param("version", String.valueOf(version))
                        .param("score_" + quantitative, "92")
                        .param("score_" + qualitative, "80"));
        assertThat(error(send(
                        "inspector1",
                        post("/supervision/tasks/" + loudiTask + "/report").param("summary", "总体良好"))))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select total_score from inspection_task where id = ?", BigDecimal.class, loudiTask))
                .isEqualByComparingTo("87.20");
        assertThat(error(send(
                        "admin",
                        post("/supervision/plans/" + plan + "/publish")
                                .param("version", "1")
                                .param("confirmed", "true"))))
                .isEqualTo("supervision.plan.error.unreported");

        // the other 13 cities report through the service
        PortalUser admin = (PortalUser) userDetails.loadUserByUsername("admin");
        PortalUser lead = (PortalUser) userDetails.loadUserByUsername("inspector1");
        int score = 50;
        for (long task : jdbc.queryForList(
                "select id from inspection_task where plan_id = ? and status = 'PLANNED'", Long.class, plan)) {
            supervision.assignTeam(task, inspector1, Set.of(), null, null, admin);
            Map<Long, IndicatorScore> scores = new HashMap<>();
            scores.put(quantitative, new IndicatorScore(BigDecimal.valueOf(score), null));
            scores.put(qualitative, new IndicatorScore(BigDecimal.valueOf(score), null));
            supervision.score(task, scores, id("select version from inspection_task where id = ?", task), lead);
            supervision.report(task, "报告", lead);
            score += 3;
        }
        assertThat(error(send(
                        "admin",
                        post("/supervision/plans/" + plan + "/publish")
                                .param("version", "1")
                                .param("confirmed", "true"))))
                .isNull();

        // results: ranking, grade, frozen, workbook
        String results = mvc.perform(
                        get("/supervision/plans/" + plan + "/results").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(results).contains("结果已发布").contains("87.20").contains("优秀").contains("不合格");
        assertThat(results.indexOf("result-431300")).isLessThan(results.indexOf("result-430100"));
        assertThat(error(send(
                        "loudi",
                        post("/supervision/tasks/" + loudiTask + "/data")
                                .param("num_" + quantitative, "1")
                                .param("den_" + quantitative, "2"))))
                .isEqualTo("supervision.plan.error.frozen");
        byte[] xlsx = mvc.perform(
                        get("/supervision/plans/" + plan + "/results.xlsx").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(14);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("娄底市");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(87.2);
        }
    }

    @Test
    void aPlanScopedToSchoolsInspectsEachChosenSchoolWhichReportsItsOwnFigures() throws Exception {
        int year = 2080 + (int) (System.nanoTime() % 9);
        long xinhua = id("select id from organization where name = '新化县楚怡工业学校'");
        long lianyuan = id("select id from organization where name = '涟源市工贸职业中等专业学校'");
        var created = send(
                "admin",
                post("/supervision/plans")
                        .param("year", String.valueOf(year))
                        .param("topic", "专项督查")
                        .param("scope", "SCHOOLS")
                        .param("schools", String.valueOf(xinhua), String.valueOf(lianyuan))
                        .param("visitFrom", year + "-05-01")
                        .param("visitTo", year + "-05-30")
                        .param("name_0", "双师型比例")
                        .param("weight_0", "100")
                        .param("numerator_0", "双师型教师数")
                        .param("denominator_0", "专业课教师数"));
        String location = created.getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        send(
                "admin",
                post("/supervision/plans/" + plan + "/activate")
                        .param("version", "0")
                        .param("confirmed", "true"));
        assertThat(jdbc.queryForList(
                        "select organization_id from inspection_task where plan_id = ? order by organization_id",
                        Long.class,
                        plan))
                .containsExactlyInAnyOrder(xinhua, lianyuan);

        long task = id("select id from inspection_task where plan_id = " + plan + " and organization_id = " + xinhua);
        long indicator = id("select id from supervision_indicator where plan_id = " + plan);
        // the school reports its own figures on its task; its city sees the task but does not report for it
        assertThat(mvc.perform(get("/supervision/tasks/" + task).with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(error(send(
                        "xhcy",
                        post("/supervision/tasks/" + task + "/data")
                                .param("num_" + indicator, "86")
                                .param("den_" + indicator, "172"))))
                .isNull();
        assertThat(jdbc.queryForObject("select numerator from indicator_data where task_id = ?", Integer.class, task))
                .isEqualTo(86);
        assertThat(mvc.perform(get("/supervision/tasks/" + task).with(users.as("loudi")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(
                                "loudi",
                                post("/supervision/tasks/" + task + "/data")
                                        .param("num_" + indicator, "1")
                                        .param("den_" + indicator, "2"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/supervision/tasks/" + task).with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        // a finding on a school's task is the school's to answer by default
        long inspector = id("select id from app_user where username = 'inspector1'");
        send("admin", post("/supervision/tasks/" + task + "/team").param("lead", String.valueOf(inspector)));
        send(
                "inspector1",
                post("/supervision/tasks/" + task + "/findings")
                        .param("category", "专项问题")
                        .param("severity", "GENERAL")
                        .param("description", "x")
                        .param(
                                "deadline",
                                LocalDate.now(PortalTime.ZONE).plusDays(9).toString()));
        assertThat(jdbc.queryForObject("select organization_id from finding where task_id = ?", Long.class, task))
                .isEqualTo(xinhua);
        String page = mvc.perform(get("/supervision/plans/" + plan).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("新化县楚怡工业学校").contains("督导 2 所学校");
    }

    @Test
    void theOverdueJobFlagsOnlyLateUnansweredItemsAndIsSafeToRunTwice() {
        long task = id(
                "select t.id from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '430200'");
        jdbc.update("""
                insert into finding (task_id, category, severity, description, city_code, status, deadline, created_by, created_at)
                values (?, '逾期测试', 'GENERAL', 'x', '430200', 'OPEN', current_date - 1, 'inspector1', current_timestamp),
                       (?, '未到期测试', 'GENERAL', 'x', '430200', 'OPEN', current_date + 1, 'inspector1', current_timestamp),
                       (?, '已答复测试', 'GENERAL', 'x', '430200', 'ANSWERED', current_date - 1, 'inspector1', current_timestamp)""", task, task, task);
        assertThat(rectification.markOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(rectification.markOverdue()).as("second run").isZero();
        Map<String, Boolean> flags = new HashMap<>();
        jdbc.query(
                "select category, overdue from finding where category like '%测试'",
                rs -> {
                    flags.put(rs.getString(1), rs.getBoolean(2));
                });
        assertThat(flags)
                .containsEntry("逾期测试", true)
                .containsEntry("未到期测试", false)
                .containsEntry("已答复测试", false);
    }
}
