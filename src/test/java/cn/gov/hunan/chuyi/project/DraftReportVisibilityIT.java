package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * An annual report is the school's working copy until it is submitted, as a nomination's draft is: the department,
 * the city, experts and inspectors get 404 for the draft and its files, and see both once it is submitted.
 */
class DraftReportVisibilityIT extends PostgresIntegrationTest {

    /** The readers of a project of 新化县楚怡工业学校 (娄底) other than the school itself. */
    private static final List<String> OTHERS = List.of("admin", "loudi", "expert1", "inspector1");

    @Autowired
    ReportTracker tracker;

    private final int thisYear = LocalDate.now(PortalTime.ZONE).getYear();
    private long project;
    private long report;
    private long file;

    @BeforeEach
    void aDraftWithAFile() throws Exception {
        project = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '草稿可见性测试实训基地', ?, 3 from organization where name = '新化县楚怡工业学校'
                returning id""", Long.class, thisYear - 1);
        report = jdbc.queryForObject("""
                insert into annual_report (project_id, report_year, status) values (?, ?, 'DRAFT') returning id""", Long.class, project, thisYear - 1);
        mvc.perform(multipart(reportPath() + "/attachments")
                .file(new MockMultipartFile("file", "草稿附件.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                .with(users.as("xhcy"))
                .with(csrf())
                .header("Referer", "http://localhost" + reportPath()));
        file = jdbc.queryForObject("select id from annual_report_attachment where report_id = ?", Long.class, report);
    }

    /** The dashboard tests count the demo register: leave it as found. */
    @AfterEach
    void removeTheProject() {
        jdbc.update("delete from annual_report_attachment where report_id = ?", report);
        jdbc.update("delete from annual_report_change where report_id = ?", report);
        jdbc.update("delete from annual_report where project_id = ?", project);
        jdbc.update("delete from designated_project where id = ?", project);
    }

    private String reportPath() {
        return "/projects/" + project + "/reports/" + report;
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aDraftAndItsFileAre404ToEveryoneButTheSchool() throws Exception {
        for (String user : OTHERS) {
            assertThat(status(user, reportPath())).as(user + " opens the draft").isEqualTo(404);
            assertThat(status(user, reportPath() + "/attachments/" + file))
                    .as(user + " downloads its file")
                    .isEqualTo(404);
            assertThat(page(user, "/projects/" + project))
                    .as(user + " on the project page")
                    .doesNotContain(reportPath());
        }
        assertThat(status("xhcy", reportPath())).isEqualTo(200);
        assertThat(status("xhcy", reportPath() + "/attachments/" + file)).isEqualTo(200);
        assertThat(page("xhcy", "/projects/" + project)).contains(reportPath());
    }

    @Test
    void theStatusTrackerShowsOthersADraftAsNotStarted() {
        var seenByCity = tracker.owed(users.principal("loudi")).stream()
                .filter(r -> r.projectId() == project && r.year() == thisYear - 1)
                .findFirst()
                .orElseThrow();
        assertThat(seenByCity.reportId()).isNull();
        assertThat(seenByCity.reportStatus()).isNull();
        assertThat(seenByCity.filed()).isFalse();
        var seenBySchool = tracker.owed(users.principal("xhcy")).stream()
                .filter(r -> r.projectId() == project && r.year() == thisYear - 1)
                .findFirst()
                .orElseThrow();
        assertThat(seenBySchool.reportId()).isEqualTo(report);
        assertThat(seenBySchool.reportStatus()).isEqualTo("DRAFT");
    }

    @Test
    void onceSubmittedTheReportAndItsFileAreOpenToTheProjectsReaders() throws Exception {
        jdbc.update(
                "update annual_report set status = 'SUBMITTED', narrative = '已报送', submitted_at = current_timestamp where id = ?",
                report);
        for (String user : OTHERS) {
            assertThat(status(user, reportPath()))
                    .as(user + " opens the report")
                    .isEqualTo(200);
            assertThat(status(user, reportPath() + "/attachments/" + file))
                    .as(user + " downloads its file")
                    .isEqualTo(200);
            assertThat(page(user, "/projects/" + project))
                    .as(user + " on the project page")
                    .contains(reportPath());
        }
        assertThat(status("xhcy", reportPath())).isEqualTo(200);
    }
}
