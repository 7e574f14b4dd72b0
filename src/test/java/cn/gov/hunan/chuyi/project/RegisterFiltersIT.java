package cn.gov.hunan.chuyi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's filters by tier (A档, B档, none) and by overdue annual reports on PostgreSQL: each narrows the list,
 * the filter bar keeps what was chosen, the Excel export honours the same filters, and "overdue" agrees with the
 * report status page. The projects are designated in 2015 so that the demo register does not mix in.
 */
class RegisterFiltersIT extends PostgresIntegrationTest {

    private static final String OVERDUE_A = "筛选测试甲（A档，报告逾期）";
    private static final String FILED_B = "筛选测试乙（B档，报告已报送）";
    private static final String NO_TIER = "筛选测试丙（未分档，已撤销）";

    private final List<Long> ids = new ArrayList<>();

    private long project(String title, String tier, String status, int constructionYears) {
        jdbc.update("""
                insert into designated_project
                    (program_code, organization_id, title, designated_year, tier, status, construction_years)
                select 'TRAINING_BASE', id, ?, 2015, ?, ?, ? from organization where name = '湖南工业职业技术学院'""", title, tier, status, constructionYears);
        long id = jdbc.queryForObject("select id from designated_project where title = ?", Long.class, title);
        ids.add(id);
        return id;
    }

    @BeforeEach
    void threeProjects() {
        project(OVERDUE_A, "A", "UNDER_CONSTRUCTION", 3);
        long filed = project(FILED_B, "B", "MIDTERM_PASSED", 1);
        project(NO_TIER, null, "REVOKED", 3);
        jdbc.update("""
                insert into annual_report (project_id, report_year, status, submitted_at)
                values (?, 2015, 'SUBMITTED', current_timestamp)""", filed);
    }

    @AfterEach
    void removeThem() {
        for (long id : ids) {
            jdbc.update("delete from annual_report where project_id = ?", id);
            jdbc.update("delete from designated_project where id = ?", id);
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> exported(String query) throws Exception {
        byte[] export = mvc.perform(get("/projects/export.xlsx?" + query).with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> titles = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
        }
        return titles;
    }

    @Test
    void eachFilterNarrowsTheRegister() throws Exception {
        assertThat(page("/projects?year=2015")).contains(OVERDUE_A, FILED_B, NO_TIER);
        assertThat(page("/projects?year=2015&tier=A")).contains(OVERDUE_A).doesNotContain(FILED_B, NO_TIER);
        assertThat(page("/projects?year=2015&tier=B")).contains(FILED_B).doesNotContain(OVERDUE_A, NO_TIER);
        assertThat(page("/projects?year=2015&tier=UNSET")).contains(NO_TIER).doesNotContain(OVERDUE_A, FILED_B);
        assertThat(page("/projects?year=2015&overdue=true"))
                .as("only a running project with a report past its due date and not filed")
                .contains(OVERDUE_A)
                .doesNotContain(FILED_B, NO_TIER);
        assertThat(page("/projects?year=2015&tier=B&overdue=true")).doesNotContain(OVERDUE_A, FILED_B, NO_TIER);
    }

    @Test
    void overdueMeansWhatTheReportStatusPageSays() throws Exception {
        String reports = page("/projects/reports?state=OVERDUE&year=2015");
        assertThat(reports).contains(OVERDUE_A).doesNotContain(FILED_B);
        // a filed report for every due year takes the project off the list
        long overdue = ids.get(0);
        for (int year = 2015; year <= 2017; year++) {
            jdbc.update("""
                    insert into annual_report (project_id, report_year, status, submitted_at)
                    values (?, ?, 'ACCEPTED', current_timestamp)""", overdue, year);
        }
        assertThat(page("/projects?year=2015&overdue=true")).doesNotContain(OVERDUE_A);
        jdbc.update(
                "update annual_report set status = 'RETURNED' where project_id = ? and report_year = 2016", overdue);
        assertThat(page("/projects?year=2015&overdue=true")).contains(OVERDUE_A);
        assertThat(ReportTracker.lastOverdueYear(LocalDate.of(2026, 1, 31))).isEqualTo(2024);
        assertThat(ReportTracker.lastOverdueYear(LocalDate.of(2026, 2, 1))).isEqualTo(2025);
    }

    @Test
    void theFilterBarKeepsTheChosenValues() throws Exception {
        String html = page("/projects?year=2015&tier=B&overdue=true");
        assertThat(html).containsPattern("<option value=\"B\" selected=\"selected\"[^>]*>");
        assertThat(html).containsPattern("<input id=\"overdue\"[^>]*checked=\"checked\"");
        assertThat(page("/projects?year=2015")).doesNotContainPattern("<input id=\"overdue\"[^>]*checked");
        assertThat(html)
                .as("the export link carries the same filters")
                .contains("/projects/export.xlsx?year=2015&amp;tier=B&amp;overdue=true");
    }

    @Test
    void theExportHonoursTheFilters() throws Exception {
        assertThat(exported("year=2015")).contains(OVERDUE_A, FILED_B, NO_TIER);
        assertThat(exported("year=2015&tier=A")).containsExactly(OVERDUE_A);
        assertThat(exported("year=2015&tier=UNSET")).containsExactly(NO_TIER);
        assertThat(exported("year=2015&overdue=true")).containsExactly(OVERDUE_A);
    }
}
