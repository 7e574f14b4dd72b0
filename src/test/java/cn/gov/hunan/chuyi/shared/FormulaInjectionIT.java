package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Formula injection end to end: what an anonymous visitor types as a user name, and what staff type into a
 * business form, reach the auditor's CSV and the register's workbook as text, never as a formula.
 */
class FormulaInjectionIT extends PostgresIntegrationTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil\",\"x\")";

    @Test
    void aUserNameTypedAtAFailedSignInIsNeutralisedInTheAuditorsCsv() throws Exception {
        List<String> typed = List.of(HYPERLINK, "@SUM(1+1)", "+1+1", "-2+3");
        for (String name : typed) {
            mvc.perform(formLogin("/login").user(name).password("whatever-it-is"));
        }
        byte[] csv = mvc.perform(get("/admin/audit/export.csv?action=SIGN_IN").with(users.as("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        for (String name : typed) {
            var actors = records.stream()
                    .map(r -> r.get(2))
                    .filter(actor -> actor.endsWith(name))
                    .toList();
            assertThat(actors).as(name).isNotEmpty().allMatch(actor -> actor.equals("'" + name));
        }
        assertThat(records.get(1).get(0)).as("the id is still a plain number").matches("\\d+");
    }

    @Test
    void textTypedIntoTheRegisterIsAQuotePrefixedStringInTheWorkbook() throws Exception {
        long organization = jdbc.queryForObject("""
                select o.id from organization o where o.kind = 'SECONDARY_VOCATIONAL' and not exists (
                  select 1 from designated_project p where p.organization_id = o.id and p.program_code = 'TRAINING_BASE'
                  and p.status not in ('REVOKED', 'FAILED')) order by o.id limit 1""", Long.class);
        // room for one more within the target, given back at the end (the project is revoked, so it no longer counts)
        Integer target = jdbc.queryForObject("select target from program where code = 'TRAINING_BASE'", Integer.class);
        jdbc.update("update program set target = null where code = 'TRAINING_BASE'");
        try {
            registerRevokeAndExport(organization);
        } finally {
            jdbc.update("update program set target = ? where code = 'TRAINING_BASE'", target);
        }
    }

    private void registerRevokeAndExport(long organization) throws Exception {
        var registered = mvc.perform(post("/projects")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("program", "TRAINING_BASE")
                        .param("organization", String.valueOf(organization))
                        .param("title", HYPERLINK)
                        .param("year", "2024")
                        .param("documentNumber", "@SUM(1+1)")
                        .param("constructionYears", "3"))
                .andReturn();
        assertThat(registered.getFlashMap().get("errorKey")).isNull();
        long project =
                jdbc.queryForObject("select max(id) from designated_project where title = ?", Long.class, HYPERLINK);
        assertThat(mvc.perform(post("/projects/" + project + "/revoke")
                                .with(users.as("admin"))
                                .with(csrf())
                                .param("reason", "-2+3")
                                .param("version", "0")
                                .param("confirmed", "true"))
                        .andReturn()
                        .getFlashMap()
                        .get("errorKey"))
                .isNull();

        byte[] xlsx = mvc.perform(
                        get("/projects/export.xlsx?program=TRAINING_BASE").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(0).getNumericCellValue() == project) {
                    row = sheet.getRow(i);
                }
            }
            assertThat(row).as("the project's row").isNotNull();
            // columns: id, programme, title, organisation, city, year, years, end, status, tier, document, mid, final,
            // reason
            for (int column : new int[] {2, 10, 13}) {
                var cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("column " + column)
                        .isTrue();
            }
            assertThat(row.getCell(2).getStringCellValue())
                    .as("the text as typed")
                    .isEqualTo(HYPERLINK);
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("-2+3");
            assertThat(row.getCell(5).getCellType())
                    .as("the year stays a number")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed())
                    .as("an ordinary name is left alone")
                    .isFalse();
        }
    }
}
