package cn.gov.hunan.chuyi.project.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.StatementCounter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Funds on PostgreSQL: the department allocates, the school states its spending in an annual report, and once the
 * report is filed the execution rate shows on the project, in the register (column, filter and export) and on the
 * dashboard; an upload (the imports' pages at /funds/upload) with a wrong row, a formula or without the data sheet is refused
 * whole, a clean one applied once confirmed; the pages run a bounded number of statements.
 */
class FundsIT extends PostgresIntegrationTest {

    private static final String TITLE = "资金测试实训基地";

    private long project;

    @BeforeEach
    void aProjectOfTheSchool() {
        jdbc.update("""
                insert into designated_project (program_code, organization_id, title, designated_year, document_number)
                select 'TRAINING_BASE', id, ?, 2024, '湘教通〔2024〕9号' from organization where name = '湖南工业职业技术学院'""", TITLE);
        project = jdbc.queryForObject("select id from designated_project where title = ?", Long.class, TITLE);
    }

    @AfterEach
    void removeIt() {
        jdbc.update(
                "delete from report_spending where report_id in (select id from annual_report where project_id = ?)",
                project);
        jdbc.update(
                "delete from annual_report_change where report_id in (select id from annual_report where project_id = ?)",
                project);
        jdbc.update("delete from annual_report where project_id = ?", project);
        jdbc.update("delete from fund_change where project_id = ?", project);
        jdbc.update("delete from fund_allocation where project_id = ?", project);
        jdbc.update("delete from designated_project where id = ?", project);
    }

    private MvcResult send(String user, String path, String... params) throws Exception {
        var request = post(path).with(users.as(user)).with(csrf()).header("Referer", "http://localhost" + path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String funds() {
        return "/projects/" + project + "/funds";
    }

    private void allocate(String year, String source, String amount) throws Exception {
        var result =
                send("admin", funds(), "year", year, "source", source, "amount", amount, "document", "湘财教〔2025〕8号");
        assertThat(result.getFlashMap().get("errorKey")).isNull();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(funds());
    }

    private long report(int year) throws Exception {
        send("hngy", "/projects/" + project + "/reports", "year", String.valueOf(year));
        return jdbc.queryForObject(
                "select id from annual_report where project_id = ? and report_year = ?", Long.class, project, year);
    }

    @Test
    void allocatedAndSpentShowTheExecutionRateOnceTheReportIsFiled() throws Exception {
        allocate("2025", "PROVINCIAL", "1,000,000");
        allocate("2025", "CITY", "600000.00");
        long report = report(2025);
        String spending = "/projects/" + project + "/reports/" + report + "/spending";
        assertThat(send("hngy", spending, "amount_PROVINCIAL", "400,000", "amount_CITY", "200000")
                        .getFlashMap()
                        .get("errorKey"))
                .isNull();
        assertThat(page("hngy", spending)).contains("600,000.00");

        // a draft does not count yet
        assertThat(page("admin", "/projects/" + project))
                .contains("1,600,000.00")
                .contains(">0.0%<");

        jdbc.update(
                "update annual_report set status = 'SUBMITTED', submitted_at = current_timestamp where id = ?", report);
        // 600,000 / 1,600,000 = 37.5 %
        assertThat(page("admin", "/projects/" + project)).contains("37.5%");
        assertThat(page("hngy", "/projects/" + project)).contains("37.5%");
        assertThat(page("admin", "/projects?rateBelow=40"))
                .contains("id=\"rate-" + project + "\"")
                .contains("37.5%");
        assertThat(page("admin", "/projects?rateBelow=30")).doesNotContain("id=\"rate-" + project + "\"");
        // filed: the school can no longer change it
        assertThat(send("hngy", spending, "amount_PROVINCIAL", "1")
                        .getFlashMap()
                        .get("errorKey"))
                .isEqualTo("funds.spending.error.readOnly");

        // the dashboard: the training bases are only this project (160 and 60 ten-thousands)
        String dashboard = page("admin", "/");
        assertThat(dashboard).contains("id=\"funds-dashboard\"").contains("chart-funds-program");
        String programmes = dashboard.substring(dashboard.indexOf("id=\"funds-program\""));
        assertThat(programmes.substring(0, programmes.indexOf("</table>")))
                .contains("160.00")
                .contains("60.00")
                .contains("37.5%");

        byte[] export = mvc.perform(get("/projects/export.xlsx?rateBelow=40").with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int rate = header.getLastCellNum() - 1;
            assertThat(header.getCell(rate).getStringCellValue()).isEqualTo("资金执行率（%）");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if ((long) row.getCell(0).getNumericCellValue() == project) {
                    assertThat(row.getCell(rate).getNumericCellValue()).isEqualTo(37.5);
                    assertThat(row.getCell(rate - 2).getNumericCellValue()).isEqualTo(1_600_000d);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void onlyTheDepartmentKeepsAllocationsAndOnlyWhoSeesTheProjectReadsThem() throws Exception {
        assertThat(page("hngy", funds())).contains(TITLE);
        mvc.perform(get(funds()).with(users.as("xhcy"))).andExpect(status().isNotFound());
        mvc.perform(get(funds()).with(users.as("loudi"))).andExpect(status().isNotFound());
        assertThat(send("hngy", funds(), "year", "2025", "source", "SCHOOL", "amount", "1")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        allocate("2025", "PROVINCIAL", "100");
        long id = jdbc.queryForObject("select id from fund_allocation where project_id = ?", Long.class, project);
        // asks first, then deletes and keeps the line in the history
        assertThat(send("admin", funds() + "/" + id + "/delete", "version", "0")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from fund_allocation where project_id = ?", Long.class, project))
                .isEqualTo(1);
        send("admin", funds() + "/" + id + "/delete", "version", "0", "confirmed", "true");
        assertThat(jdbc.queryForObject(
                        "select count(*) from fund_allocation where project_id = ?", Long.class, project))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select to_status from fund_change where project_id = ? order by id", String.class, project))
                .containsExactly("ADDED", "DELETED");
        assertThat(page("admin", funds())).contains("删除资金");
    }

    /** A formula typed into a cell, for the workbooks below. */
    record Formula(String text) {}

    /** An upload as the template asks for it: the header in Chinese on {@code sheet}, then the rows. */
    static byte[] workbook(String sheet, Object[]... rows) throws IOException {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var data = book.createSheet(sheet);
            Object[] header = {"项目编号", "年度", "资金来源", "金额（元）", "文号或说明"};
            for (int r = 0; r <= rows.length; r++) {
                Object[] values = r == 0 ? header : rows[r - 1];
                var row = data.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    var cell = row.createCell(c);
                    if (values[c] instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (values[c] instanceof Formula f) {
                        cell.setCellFormula(f.text());
                    } else {
                        cell.setCellValue(String.valueOf(values[c]));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Uploads a workbook at /funds/upload and returns its report's address. */
    private String upload(byte[] workbook) throws Exception {
        String report = mvc.perform(multipart("/funds/upload")
                        .file(new MockMultipartFile("file", "funds.xlsx", "application/octet-stream", workbook))
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(report).matches("/funds/upload/\\d+");
        return report;
    }

    private String importStatus(String report) {
        return jdbc.queryForObject(
                "select status from data_import where id = ?",
                String.class,
                Long.parseLong(report.substring(report.lastIndexOf('/') + 1)));
    }

    private long allocations() {
        return jdbc.queryForObject("select count(*) from fund_allocation where project_id = ?", Long.class, project);
    }

    @Test
    void anUploadWithAWrongRowIsRefusedWholeWithItsRowAndColumn() throws Exception {
        String report =
                upload(workbook("数据", new Object[] {project, 2025, "省级财政", 2000000, "湘财教〔2025〕8号"}, new Object[] {
                    project, 2025, "学校自筹", "两百万"
                }));
        assertThat(importStatus(report)).isEqualTo("INVALID");
        assertThat(page("admin", report))
                .contains("import-problems")
                .contains("<td>3</td>")
                .contains("金额（元）")
                .contains("请填写金额：不小于 0 的数字，最多两位小数。")
                .doesNotContain("apply-import");
        assertThat(allocations()).isZero();
    }

    @Test
    void aFormulaCellIsRefusedNamingTheCell() throws Exception {
        String report = upload(workbook("数据", new Object[] {project, 2025, "省级财政", new Formula("1000*2"), ""}));
        assertThat(importStatus(report)).isEqualTo("REFUSED");
        assertThat(page("admin", report)).contains("import-refusal").contains("单元格 D2 含有公式");
        assertThat(allocations()).isZero();
    }

    @Test
    void aWorkbookWithoutTheDataSheetIsRefused() throws Exception {
        String report = upload(workbook("下达资金", new Object[] {project, 2025, "省级财政", 2000000, ""}));
        assertThat(importStatus(report)).isEqualTo("REFUSED");
        assertThat(page("admin", report)).contains("import-refusal").contains("文件中没有名为“数据 / Data”的工作表");
        assertThat(allocations()).isZero();
    }

    @Test
    void aCleanFileIsAppliedAllOrNothingOnceConfirmedWithItsHistoryAndTheFileKept() throws Exception {
        byte[] template = mvc.perform(get("/funds/upload/template").with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getSheet("数据").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("项目编号");
        }
        String report =
                upload(workbook("数据", new Object[] {project, 2025, "省级财政", 2000000, "湘财教〔2025〕8号"}, new Object[] {
                    String.valueOf(project), "2025", "SCHOOL", "500,000"
                }));
        assertThat(importStatus(report)).isEqualTo("CHECKED");
        assertThat(page("admin", report)).contains("apply-import");
        assertThat(allocations()).isZero();

        long version = jdbc.queryForObject(
                "select version from data_import where id = ?",
                Long.class,
                Long.parseLong(report.substring(report.lastIndexOf('/') + 1)));
        var applied = send("admin", report + "/apply", "version", String.valueOf(version), "confirmed", "true");
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo(report);
        assertThat(importStatus(report)).isEqualTo("APPLIED");
        assertThat(jdbc.queryForObject(
                        "select sum(amount) from fund_allocation where project_id = ?", BigDecimal.class, project))
                .isEqualByComparingTo("2500000");
        assertThat(jdbc.queryForObject(
                        "select storage_key from data_import where id = ?",
                        String.class,
                        Long.parseLong(report.substring(report.lastIndexOf('/') + 1))))
                .isNotBlank();
        assertThat(page("admin", funds())).contains("导入资金");
        assertThat(page("admin", "/funds/upload")).contains("导入 2 行，来自 funds.xlsx");
        // applied once: a second apply is refused and adds nothing
        send("admin", report + "/apply", "version", String.valueOf(version + 1), "confirmed", "true");
        assertThat(allocations()).isEqualTo(2);
    }

    @Test
    void theFundsPagesRunTheSameStatementsWhateverTheRows() throws Exception {
        allocate("2025", "PROVINCIAL", "100");
        long report = report(2025);
        String[][] pages = {
            {"admin", funds()},
            {"hngy", "/projects/" + project + "/reports/" + report + "/spending"},
            {"admin", "/projects/" + project},
            {"admin", "/projects?rateBelow=50"},
            {"admin", "/"}
        };
        long[] before = new long[pages.length];
        for (int i = 0; i < pages.length; i++) {
            before[i] = statements(pages[i][0], pages[i][1]);
        }
        jdbc.update(
                "insert into fund_allocation (project_id, fund_year, source, amount, created_by, created_at) "
                        + "select ?, 2000 + g % 30, 'CITY', g, 'admin', current_timestamp from generate_series(1, 300) g",
                project);
        jdbc.update(
                "insert into fund_change (project_id, to_status, actor, changed_at) "
                        + "select ?, 'ADDED', 'admin', current_timestamp from generate_series(1, 300) g",
                project);
        jdbc.update("insert into report_spending (report_id, source, amount) values (?, 'SCHOOL', 5)", report);
        for (int i = 0; i < pages.length; i++) {
            assertThat(statements(pages[i][0], pages[i][1]))
                    .as("statements of %s with 300 more allocations", pages[i][1])
                    .isEqualTo(before[i]);
        }
    }

    private long statements(String user, String path) throws Exception {
        var counter = new StatementCounter();
        var as = users.as(user);
        return counter.count(() -> mvc.perform(get(path).with(as)).andExpect(status().isOk()));
    }
}
