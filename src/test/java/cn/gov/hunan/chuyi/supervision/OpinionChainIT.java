package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.supervision.opinion.OpinionService;
import cn.gov.hunan.chuyi.supervision.task.IndicatorScore;
import cn.gov.hunan.chuyi.supervision.task.TaskService;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The procedure from before the visit to the rectification clock on PostgreSQL: the city's self-evaluation (draft
 * unseen by the team, submitted once), the lead's preliminary opinion, the city's reply, the final version, the
 * 督导意见书 issued with a checked number (deadlines on the findings, the city told), its print page and its PDF.
 */
class OpinionChainIT extends PostgresIntegrationTest {

    @Autowired
    TaskService supervision;

    @Autowired
    OpinionService opinions;

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

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void selfEvaluationPreliminaryOpinionReplyAndTheIssuedOpinionWithItsPdf() throws Exception {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        firstNotice = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from notification", Long.class);
        int year = jdbc.queryForObject(
                "select min(y) from generate_series(2040, 2099) y"
                        + " where not exists (select 1 from supervision_plan where plan_year = y)",
                Integer.class); // a year no plan has (other tests create plans too)
        var created = send(
                "admin",
                post("/supervision/plans")
                        .param("year", String.valueOf(year))
                        .param("topic", "双师型")
                        .param("visitFrom", year + "-11-01")
                        .param("visitTo", year + "-11-30")
                        .param("name_0", "双师型比例")
                        .param("weight_0", "100")
                        .param("numerator_0", "双师型教师数")
                        .param("denominator_0", "专业课教师数"));
        String location = created.getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(error(send(
                        "admin",
                        post("/supervision/plans/" + plan + "/activate")
                                .param("version", "0")
                                .param("confirmed", "true"))))
                .isNull();
        long task = id("select id from inspection_task where plan_id = ? and city_code = '431300'", plan);
        long changshaTask = id("select id from inspection_task where plan_id = ? and city_code = '430100'", plan);
        long inspector1 = id("select id from app_user where username = 'inspector1'");
        long inspector2 = id("select id from app_user where username = 'inspector2'");
        send(
                "admin",
                post("/supervision/tasks/" + task + "/team")
                        .param("lead", String.valueOf(inspector1))
                        .param("members", String.valueOf(inspector2)));
        String selfPath = "/supervision/tasks/" + task + "/self-evaluation";

        // self-evaluation: a draft with a file, unseen by the team; other cities see nothing; submitted once
        assertThat(error(send(
                        "loudi",
                        multipart(selfPath)
                                .file(new MockMultipartFile(
                                        "file", "自评材料.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                                .param("narrative", "娄底自评草稿")
                                .param("action", "save"))))
                .isNull();
        assertThat(page("loudi", selfPath)).contains("娄底自评草稿").contains("自评材料.pdf");
        assertThat(page("inspector2", selfPath)).doesNotContain("娄底自评草稿").doesNotContain("自评材料.pdf");
        long fileId = id(
                "select f.id from supervision_self_evaluation_file f join supervision_self_evaluation e on e.id = f.self_evaluation_id where e.task_id = ?",
                task);
        assertThat(status("inspector2", selfPath + "/files/" + fileId))
                .as("a draft's file is its author's")
                .isEqualTo(404);
        assertThat(status("changsha", selfPath)).isEqualTo(404);
        assertThat(send("changsha", post(selfPath).param("narrative", "x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send("inspector1", post(selfPath).param("narrative", "x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(error(send(
                        "loudi", post(selfPath).param("narrative", "娄底自评报告正文").param("action", "submit"))))
                .isEqualTo("supervision.selfEvaluation.error.confirm");
        assertThat(jdbc.queryForObject(
                        "select narrative from supervision_self_evaluation where task_id = ?", String.class, task))
                .as("a refused submission saves nothing")
                .isEqualTo("娄底自评草稿");
        assertThat(error(send(
                        "loudi",
                        post(selfPath)
                                .param("narrative", "娄底自评报告正文")
                                .param("action", "submit")
                                .param("confirmed", "true"))))
                .isNull();
        assertThat(error(send("loudi", post(selfPath).param("narrative", "改").param("action", "save"))))
                .isEqualTo("supervision.selfEvaluation.error.submitted");
        assertThat(page("inspector2", selfPath)).contains("娄底自评报告正文").contains("自评材料.pdf");
        assertThat(page("admin", selfPath)).contains("娄底自评报告正文");
        assertThat(status("inspector2", selfPath + "/files/" + fileId)).isEqualTo(200);
        assertThat(notices("inspector1", "notification.supervision.selfEvaluated"))
                .isEqualTo(1);

        // the visit: a finding, the lead's scores and report
        assertThat(error(send(
                        "inspector2",
                        multipart("/supervision/tasks/" + task + "/findings")
                                .param("category", "双师型认定不规范")
                                .param("severity", "SERIOUS")
                                .param("description", "认定材料缺失")
                                .param("deadline", today.plusDays(30).toString()))))
                .isNull();
        long finding = id("select id from finding where task_id = ?", task);
        String opinionPath = "/supervision/tasks/" + task + "/opinion";
        assertThat(error(send(
                        "inspector1",
                        post(opinionPath + "/preliminary")
                                .param("preliminary", "太早")
                                .param("replyBy", today.plusDays(7).toString()))))
                .isEqualTo("supervision.opinion.error.notVisited");
        PortalUser lead = (PortalUser) userDetails.loadUserByUsername("inspector1");
        long indicator = id("select id from supervision_indicator where plan_id = ?", plan);
        supervision.score(
                task,
                Map.of(indicator, new IndicatorScore(BigDecimal.valueOf(88), null)),
                id("select version from inspection_task where id = ?", task),
                lead);
        supervision.report(task, "督查报告", lead);
        assertThat(error(send("loudi", post(selfPath).param("narrative", "x"))))
                .isEqualTo("supervision.selfEvaluation.error.closed");

        // preliminary opinion: the lead only, the reply date not in the past
        assertThat(error(send(
                        "inspector2",
                        post(opinionPath + "/preliminary")
                                .param("preliminary", "意见")
                                .param("replyBy", today.plusDays(7).toString()))))
                .isEqualTo("supervision.opinion.error.notLead");
        assertThat(error(send(
                        "inspector1",
                        post(opinionPath + "/preliminary")
                                .param("preliminary", "意见")
                                .param("replyBy", today.minusDays(1).toString()))))
                .isEqualTo("supervision.opinion.error.replyBy");
        assertThat(error(send(
                        "inspector1",
                        post(opinionPath + "/preliminary")
                                .param("preliminary", "队伍建设总体较好，认定工作不够规范。")
                                .param("replyBy", today.plusDays(7).toString()))))
                .isNull();
        assertThat(notices("loudi", "notification.supervision.preliminary")).isEqualTo(1);
        assertThat(page("loudi", opinionPath)).contains("认定工作不够规范").contains("id=\"reply-form\"");
        assertThat(page("inspector2", opinionPath))
                .doesNotContain("id=\"reply-form\"")
                .doesNotContain("id=\"preliminary-form\"");
        // the lead cannot finalise before the reply or its date; the PDF does not exist yet
        assertThat(error(send("inspector1", post(opinionPath + "/finalise").param("confirmed", "true"))))
                .isEqualTo("supervision.opinion.error.replyOpen");
        assertThat(status("loudi", opinionPath + "/pdf")).isEqualTo(404);

        // the city replies, once, with confirmation; the team is told
        assertThat(send("loudi", post(opinionPath + "/reply").param("reply", "认定材料已补充"))
                        .getResponse()
                        .getContentAsString())
                .as("an unconfirmed reply asks first")
                .contains("confirmed");
        assertThat(jdbc.queryForObject("select status from supervision_opinion where task_id = ?", String.class, task))
                .isEqualTo("PRELIMINARY");
        assertThat(error(send(
                        "loudi",
                        post(opinionPath + "/reply").param("reply", "认定材料已补充").param("confirmed", "true"))))
                .isNull();
        assertThat(error(send(
                        "loudi",
                        post(opinionPath + "/reply").param("reply", "再说一次").param("confirmed", "true"))))
                .isEqualTo("supervision.opinion.error.state");
        assertThat(notices("inspector2", "notification.supervision.replied")).isEqualTo(1);
        assertThat(error(send("inspector1", post(opinionPath + "/finalise").param("confirmed", "true"))))
                .isNull();

        // the 意见书: number checked, province staff only, confirmation, deadlines set on the findings, city told
        int seq = 100 + (int) (System.nanoTime() % 800);
        String number = "湘教督〔" + today.getYear() + "〕" + seq + "号";
        assertThat(error(send(
                        "admin",
                        post(opinionPath + "/issue")
                                .param("documentNumber", "第12号")
                                .param("evaluation", "总体较好")
                                .param("confirmed", "true"))))
                .isEqualTo("supervision.opinion.error.number");
        assertThat(error(send(
                        "admin",
                        post(opinionPath + "/issue")
                                .param("documentNumber", "湘教督〔" + (today.getYear() - 1) + "〕1号")
                                .param("evaluation", "总体较好")
                                .param("confirmed", "true"))))
                .isEqualTo("supervision.opinion.error.numberYear");
        assertThat(error(send(
                        "admin",
                        post(opinionPath + "/issue")
                                .param("documentNumber", number)
                                .param("evaluation", "总体较好")
                                .param("deadline_" + finding, today.toString())
                                .param("confirmed", "true"))))
                .isEqualTo("supervision.opinion.error.deadline");
        assertThat(send(
                                "inspector1",
                                post(opinionPath + "/issue")
                                        .param("documentNumber", number)
                                        .param("evaluation", "x")
                                        .param("confirmed", "true"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(
                                "admin",
                                post(opinionPath + "/issue")
                                        .param("documentNumber", number)
                                        .param("evaluation", "总体较好")
                                        .param(
                                                "deadline_" + finding,
                                                today.plusDays(45).toString()))
                        .getResponse()
                        .getContentAsString())
                .as("issuing asks first")
                .contains(number);
        assertThat(jdbc.queryForObject("select status from supervision_opinion where task_id = ?", String.class, task))
                .isEqualTo("FINAL");
        assertThat(error(send(
                        "admin",
                        post(opinionPath + "/issue")
                                .param("documentNumber", " 湘教督[" + today.getYear() + "]0" + seq + "号")
                                .param("evaluation", "“双师型”教师队伍建设总体较好。")
                                .param("deadline_" + finding, today.plusDays(45).toString())
                                .param("confirmed", "true"))))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select document_number from supervision_opinion where task_id = ?", String.class, task))
                .isEqualTo(number);
        assertThat(jdbc.queryForObject("select deadline from finding where id = ?", LocalDate.class, finding))
                .isEqualTo(today.plusDays(45));
        assertThat(jdbc.queryForObject(
                        "select count(*) from supervision_state_change where subject_type = 'FINDING' and subject_id = ? and reason_key = 'supervision.history.opinionDeadline'",
                        Integer.class,
                        finding))
                .isEqualTo(1);
        assertThat(notices("loudi", "notification.supervision.opinionIssued")).isEqualTo(1);
        assertThat(error(send(
                        "admin",
                        post(opinionPath + "/issue")
                                .param("documentNumber", number)
                                .param("evaluation", "再发")
                                .param("confirmed", "true"))))
                .as("issued once")
                .isEqualTo("supervision.opinion.error.state");

        // the number is taken for the year: another city's opinion cannot use it
        PortalUser admin = (PortalUser) userDetails.loadUserByUsername("admin");
        PortalUser changsha = (PortalUser) userDetails.loadUserByUsername("changsha");
        supervision.assignTeam(changshaTask, inspector1, Set.of(), null, null, admin);
        supervision.score(
                changshaTask,
                Map.of(indicator, new IndicatorScore(BigDecimal.valueOf(70), null)),
                id("select version from inspection_task where id = ?", changshaTask),
                lead);
        supervision.report(changshaTask, "报告", lead);
        opinions.recordPreliminary(changshaTask, "意见", today.plusDays(3), null, lead);
        opinions.reply(changshaTask, "申辩", null, changsha);
        opinions.finalise(changshaTask, null, lead);
        assertThat(error(send(
                        "admin",
                        post("/supervision/tasks/" + changshaTask + "/opinion/issue")
                                .param("documentNumber", number)
                                .param("evaluation", "合格")
                                .param("confirmed", "true"))))
                .isEqualTo("supervision.opinion.error.numberTaken");
        assertThat(status("loudi", "/supervision/tasks/" + changshaTask + "/opinion/pdf"))
                .isEqualTo(404);

        // the print page and the PDF say the same document, to the city, the team and the province
        String print = page("loudi", opinionPath + "/print");
        assertThat(print)
                .contains("湖南省人民政府教育督导委员会办公室")
                .contains(number)
                .contains("娄底市人民政府：")
                .contains("双师型认定不规范")
                .contains(today.plusDays(45).toString())
                .contains("优秀");
        MvcResult pdf = mvc.perform(get(opinionPath + "/pdf").with(users.as("inspector2")))
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        try (PDDocument read = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text)
                    .contains(
                            "湖南省人民政府教育督导委员会办公室",
                            number,
                            "娄底市人民政府：",
                            "双师型认定不规范",
                            "认定材料缺失",
                            today.plusDays(45).toString(),
                            "优秀",
                            "“双师型”教师队伍建设总体较好。");
        }
        String english = mvc.perform(
                        get(opinionPath + "/print").param("lang", "en").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("To the People&#39;s Government of").contains(number);
        assertThat(status("changsha", opinionPath + "/pdf")).isEqualTo(404);
        assertThat(status("xhcy", opinionPath + "/print")).isEqualTo(404);
    }

    @Test
    void theDemoYearHasIssuedOpinionsWithTheirFindingsAndASubmittedSelfEvaluation() throws Exception {
        long changsha = id(
                "select t.id from inspection_task t join supervision_plan p on p.id = t.plan_id where p.plan_year = 2025 and t.city_code = '430100'");
        assertThat(page("changsha", "/supervision/tasks/" + changsha + "/self-evaluation"))
                .contains("自评报告");
        assertThat(page("admin", "/supervision/tasks/" + changsha + "/opinion"))
                .contains("湘教督〔2025〕31号")
                .contains("企业兼职教师比例偏低");
        MvcResult pdf = mvc.perform(
                        get("/supervision/tasks/" + changsha + "/opinion/pdf").with(users.as("changsha")))
                .andReturn();
        // kept for a look at the page (pdftoppm target/pdf/demo-opinion.pdf)
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(
                Path.of("target", "pdf", "demo-opinion.pdf"), pdf.getResponse().getContentAsByteArray());
        try (PDDocument read = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(read))
                    .contains("湘教督〔2025〕31号", "长沙市人民政府：", "教师企业实践台账不全", "2025年12月15日");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from supervision_opinion_item i join supervision_opinion o on o.id = i.opinion_id where o.task_id = ?",
                        Integer.class,
                        changsha))
                .isEqualTo(3);
    }

    /** Notifications sent during this test (other tests notify the same demo users). */
    private long firstNotice;

    private int notices(String user, String key) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = ? and n.message_key = ? and n.id >= ?""", Integer.class, user, key, firstNotice);
    }
}
