package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which annual reports are owed, filed and overdue: the status page, its export and the dashboard's figures. */
class ReportTrackingIT extends PostgresIntegrationTest {

    @Autowired
    ReportTracker tracker;

    private final int thisYear = LocalDate.now(PortalTime.ZONE).getYear();
    private long project;

    /** A training base of 新化县楚怡工业学校 (娄底) designated two years ago, with last year's report filed. */
    @BeforeEach
    void aProjectInItsThirdYear() {
        project = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '报告跟踪测试实训基地', ?, 3 from organization where name = '新化县楚怡工业学校'
                returning id""", Long.class, thisYear - 2);
        jdbc.update("""
                insert into annual_report (project_id, report_year, status, narrative, submitted_at)
                values (?, ?, 'SUBMITTED', '已报送', current_timestamp)""", project, thisYear - 1);
    }

    /** The dashboard tests count the demo register: leave it as found. */
    @AfterEach
    void removeTheProject() {
        jdbc.update("delete from annual_report where project_id = ?", project);
        jdbc.update("delete from designated_project where id = ?", project);
    }

    @Test
    void aMissingReportOfAnEarlierYearIsOverdueAndAFiledOneIsNot() throws Exception {
        var owed = tracker.owed(users.principal("admin")).stream()
                .filter(r -> r.projectId() == project)
                .toList();
        assertThat(owed)
                .extracting(ReportTracker.OwedReport::year)
                .containsExactly(thisYear, thisYear - 1, thisYear - 2);
        assertThat(owed.get(2).overdue()).isTrue();
        assertThat(owed.get(2).reportStatus()).isNull();
        assertThat(owed.get(1).filed()).isTrue();
        assertThat(owed.get(1).overdue()).isFalse();
        assertThat(owed.get(0).overdue()).isFalse();
        assertThat(owed.get(0).dueDate()).isEqualTo(LocalDate.of(thisYear + 1, 1, 31));

        var counts = tracker.byProgram(users.principal("admin")).get("TRAINING_BASE");
        assertThat(counts.owed()).isGreaterThanOrEqualTo(3);
        assertThat(counts.filed()).isGreaterThanOrEqualTo(1);
        assertThat(counts.overdue()).isGreaterThanOrEqualTo(1);

        jdbc.update("update designated_project set status = 'REVOKED' where id = ?", project);
        assertThat(tracker.owed(users.principal("admin"))).noneMatch(r -> r.projectId() == project);
    }

    @Test
    void theStatusPageFiltersOverdueReportsAndShowsEachRoleItsSlice() throws Exception {
        String overdue = page("admin", "/projects/reports?program=TRAINING_BASE&state=OVERDUE");
        assertThat(overdue)
                .contains("owed-" + project + "-" + (thisYear - 2))
                .doesNotContain("owed-" + project + "-" + (thisYear - 1));
        assertThat(page("loudi", "/projects/reports")).contains("owed-" + project + "-" + (thisYear - 2));
        assertThat(page("xhcy", "/projects/reports")).contains("owed-" + project + "-" + (thisYear - 2));
        assertThat(page("changsha", "/projects/reports")).doesNotContain("owed-" + project + "-");
        assertThat(page("hngy", "/projects/reports")).doesNotContain("owed-" + project + "-");
        assertThat(mvc.perform(get("/projects/reports").with(users.as("expert1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theStatusExportHasTypedCellsAndHeadersInTheReadersLanguage() throws Exception {
        byte[] english = mvc.perform(get("/projects/reports.xlsx?program=TRAINING_BASE")
                        .with(users.as("admin"))
                        .cookie(new Cookie("CHUYI_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Year");
        }
        byte[] bytes = mvc.perform(
                        get("/projects/reports.xlsx?program=TRAINING_BASE").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("报告年度");
            var rows = new ArrayList<Row>();
            sheet.forEach(rows::add);
            var earliest = rows.stream()
                    .skip(1)
                    .filter(r -> r.getCell(2).getStringCellValue().equals("报告跟踪测试实训基地"))
                    .filter(r -> r.getCell(0).getNumericCellValue() == thisYear - 2)
                    .findFirst()
                    .orElseThrow();
            assertThat(earliest.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(earliest.getCell(5))).isTrue();
            assertThat(earliest.getCell(5).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(thisYear - 1, 1, 31, 0, 0));
            assertThat(earliest.getCell(6).getStringCellValue()).isEqualTo("未填报");
            assertThat(earliest.getCell(8).getStringCellValue()).isEqualTo("是");
        }
    }

    @Test
    void theDashboardCountsOverdueReports() throws Exception {
        String dashboard = page("admin", "/");
        assertThat(dashboard)
                .contains("id=\"overdue-reports\"")
                .contains("id=\"status-TRAINING_BASE\"")
                .contains("id=\"chart-status\"")
                .contains("echarts.min.js");
        long overdue = tracker.byProgram(users.principal("admin")).values().stream()
                .mapToLong(ReportTracker.ProgramReports::overdue)
                .sum();
        assertThat(dashboard).contains("逾期未报送的年度建设报告：" + overdue + " 份");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
