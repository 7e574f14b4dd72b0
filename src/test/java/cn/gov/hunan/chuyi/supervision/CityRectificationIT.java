package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A city's rectification report (整改报告) and the province's interviews (约谈) on the city's task, on PostgreSQL:
 * the city files, the province and the team read, another city gets "not found", a school has no such page.
 * The demo's 2026 task of Loudi (team lead: inspector2), which no other test reports on.
 */
class CityRectificationIT extends PostgresIntegrationTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost/"))
                .andReturn();
    }

    private static String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private long loudi2026() {
        return jdbc.queryForObject(
                "select id from inspection_task where city_code = '431300' and plan_id = (select id from supervision_plan where plan_year = 2026)",
                Long.class);
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void theCityFilesItsReportAndOnlyThoseConcernedReadIt() throws Exception {
        long task = loudi2026();
        String path = "/supervision/tasks/" + task + "/rectification";

        assertThat(error(send("loudi", multipart(path + "/report").param("narrative", " "))))
                .isEqualTo("supervision.report.error.narrative");
        assertThat(send("changsha", multipart(path + "/report").param("narrative", "x"))
                        .getResponse()
                        .getStatus())
                .as("another city")
                .isEqualTo(404);
        assertThat(error(send(
                        "loudi",
                        multipart(path + "/report")
                                .file(new MockMultipartFile("files", "整改佐证.pdf", "application/pdf", PDF))
                                .param("narrative", "一、整改总体情况：已完成 5 项中的 4 项。"))))
                .isNull();
        assertThat(error(send("loudi", multipart(path + "/report").param("narrative", "一、整改总体情况：已完成全部 5 项。"))))
                .as("revised")
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from rectification_report where task_id = ?", Integer.class, task))
                .isEqualTo(1);

        String page = mvc.perform(get(path).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("已完成全部 5 项").contains("整改佐证.pdf");
        long file = jdbc.queryForObject(
                "select f.id from rectification_file f join rectification_report r on r.id = f.owner_id"
                        + " where f.owner_type = 'REPORT' and r.task_id = ?",
                Long.class,
                task);
        assertThat(status("admin", path + "/files/" + file)).isEqualTo(200);
        assertThat(status("inspector2", path)).as("the team").isEqualTo(200);
        assertThat(status("changsha", path)).as("another city").isEqualTo(404);
        assertThat(status("changsha", path + "/files/" + file)).isEqualTo(404);
        assertThat(status("xhcy", path))
                .as("a school answers its items, it files no city report")
                .isEqualTo(403);
    }

    @Test
    void theProvinceRecordsAnInterviewWithTheCity() throws Exception {
        long task = loudi2026();
        String path = "/supervision/tasks/" + task + "/rectification";

        assertThat(send(
                                "loudi",
                                multipart(path + "/interviews")
                                        .param(
                                                "heldOn",
                                                LocalDate.now(PortalTime.ZONE).toString())
                                        .param("participants", "x")
                                        .param("notes", "x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(error(send(
                        "admin",
                        multipart(path + "/interviews")
                                .param(
                                        "heldOn",
                                        LocalDate.now(PortalTime.ZONE)
                                                .plusDays(1)
                                                .toString())
                                .param("participants", "省教育厅督导处；娄底市教育局")
                                .param("notes", "逾期事项约谈"))))
                .isEqualTo("supervision.interview.error.date");
        assertThat(error(send(
                        "admin",
                        multipart(path + "/interviews")
                                .param("heldOn", LocalDate.now(PortalTime.ZONE).toString())
                                .param("participants", "省教育厅督导处；娄底市教育局分管副局长")
                                .param("notes", "就 2 项逾期整改事项约谈，要求 15 日内报送整改情况。"))))
                .isNull();

        assertThat(mvc.perform(get(path).with(users.as("loudi")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("娄底市教育局分管副局长")
                .contains("15 日内报送整改情况");
    }
}
