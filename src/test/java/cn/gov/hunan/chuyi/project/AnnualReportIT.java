package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** A school files its project's annual report; the department returns it, then accepts it. */
class AnnualReportIT extends PostgresIntegrationTest {

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/projects"))
                .andReturn();
    }

    private int notices(String user, String key, String link) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = ? and n.message_key = ? and n.link = ?""", Integer.class, user, key, link);
    }

    /** The refusal's reason: sent back with the redirect, or on the report page that comes back with what was typed. */
    private String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        if (key == null && result.getModelAndView() != null) {
            key = result.getModelAndView().getModel().get("errorKey");
        }
        return key == null ? null : key.toString();
    }

    @Test
    void aSchoolFilesItsAnnualReportAndTheDepartmentReviewsIt() throws Exception {
        long project = jdbc.queryForObject("""
                select p.id from designated_project p join organization o on o.id = p.organization_id
                where o.name = '新化县楚怡工业学校' and p.program_code = 'CULTURE_BASE'""", Long.class);
        String page = mvc.perform(get("/projects/" + project).with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"file-report\"").contains("<option value=\"2023\">");

        assertThat(error(send("xhcy", post("/projects/" + project + "/reports").param("year", "2030"))))
                .isEqualTo("project.report.error.year");
        String location = send("xhcy", post("/projects/" + project + "/reports").param("year", "2023"))
                .getResponse()
                .getRedirectedUrl();
        long report = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(mvc.perform(get(location).with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send("hngy", post(location + "/submit")).getResponse().getStatus())
                .isEqualTo(404);

        List<Long> indicators = jdbc.queryForList(
                "select id from project_indicator where program_code = 'CULTURE_BASE' order by sort_order", Long.class);
        assertThat(indicators).hasSize(3);
        send(
                "xhcy",
                post(location)
                        .param("version", "0")
                        .param("target_" + indicators.get(0), "5000")
                        .param("actual_" + indicators.get(0), "6200"));
        assertThat(error(send("xhcy", post(location + "/submit")))).isEqualTo("project.report.error.narrative");
        send(
                "xhcy",
                post(location)
                        .param("version", "1")
                        .param("narrative", "全年接待参观 6200 人次。")
                        .param("actual_" + indicators.get(0), "6200"));
        assertThat(error(send("xhcy", post(location + "/submit")))).isEqualTo("project.report.error.actuals");
        var values = post(location).param("version", "2").param("narrative", "全年接待参观 6200 人次。");
        for (long indicator : indicators) {
            values.param("target_" + indicator, "10").param("actual_" + indicator, "12");
        }
        send("xhcy", values);
        assertThat(error(send(
                        "xhcy",
                        multipart(location + "/attachments")
                                .file(new MockMultipartFile(
                                        "file", "年报.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes())))))
                .isNull();
        assertThat(error(send("xhcy", post(location + "/submit")))).isNull();
        assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, report))
                .isEqualTo("SUBMITTED");
        assertThat(notices("admin", "project.notice.reportSubmitted", location))
                .as("the department hears of it")
                .isEqualTo(1);
        assertThat(error(send("xhcy", post(location).param("version", "4").param("narrative", "改"))))
                .isEqualTo("project.report.error.readOnly");

        assertThat(send("loudi", post(location + "/review").param("accepted", "true"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(error(send("admin", post(location + "/review").param("accepted", "false"))))
                .isEqualTo("project.report.error.comment");
        send("admin", post(location + "/review").param("accepted", "false").param("comment", "请补充活动照片"));
        assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, report))
                .isEqualTo("RETURNED");
        assertThat(error(send("xhcy", post(location + "/submit")))).isNull();
        send("admin", post(location + "/review").param("accepted", "true"));
        assertThat(notices("xhcy", "project.notice.reportReviewed", location))
                .as("the school hears of both reviews")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, report))
                .isEqualTo("ACCEPTED");

        String reportPage = mvc.perform(get(location).with(users.as("loudi")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reportPage)
                .contains("审核通过")
                .contains("全年接待参观 6200 人次")
                .contains("年报.pdf")
                .contains("xhcy");
        assertThat(jdbc.queryForObject(
                        "select count(*) from annual_report_change where report_id = ?", Integer.class, report))
                .isEqualTo(5);
    }
}
