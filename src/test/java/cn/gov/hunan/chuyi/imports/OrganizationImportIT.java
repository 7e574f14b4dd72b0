package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Issue 18: the organisation roster — a clean file applied on confirmation, a file with errors refused with the right
 * row and column and nothing written, a re-import updating by credit code with history, a malformed file refused with
 * a message, province staff only.
 */
class OrganizationImportIT extends PostgresIntegrationTest {

    static final List<Object> HEADER = List.of("组织名称", "统一社会信用代码", "组织类型", "市州代码", "县市区代码", "民办", "省属", "主管部门");

    /** A fresh valid credit code (registered in Changsha), so tests sharing the database never collide. */
    static String creditCode() {
        String first17 =
                "91430100" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + CreditCode.check(first17);
    }

    static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user))
                        .with(csrf())
                        .header("Referer", "http://localhost/organizations/import"))
                .andReturn();
    }

    /** Uploads a workbook as {@code user}; returns the report's address. */
    String upload(String user, String name, byte[] workbook) throws Exception {
        var result = send(
                user,
                multipart("/organizations/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", workbook)));
        return result.getResponse().getRedirectedUrl();
    }

    String page(String user, String address) throws Exception {
        return mvc.perform(get(address).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long importId(String report) {
        return Long.parseLong(report.substring(report.lastIndexOf('/') + 1));
    }

    MvcResult apply(String user, String report) throws Exception {
        long id = importId(report);
        long version = jdbc.queryForObject("select version from data_import where id = ?", Long.class, id);
        return send(
                user,
                post(report + "/apply")
                        .param("version", String.valueOf(version))
                        .param("confirmed", "true"));
    }

    static byte[] roster(List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return Workbooks.sheet("数据", all);
    }

    String status(String report) {
        return jdbc.queryForObject("select status from data_import where id = ?", String.class, importId(report));
    }

    @Test
    void aCleanFileIsReportedThenAppliedOnConfirmationWithHistory() throws Exception {
        String s = suffix();
        String known = "导入测试学校" + s;
        // a school the reference list registered without a credit code: the roster adopts it by name
        jdbc.update(
                "insert into organization (name, kind, city_code, verification) values (?, 'SECONDARY_VOCATIONAL', '430100', 'UNVERIFIED')",
                known);
        String knownCode = creditCode();
        String newCode = creditCode();
        String report = upload(
                "admin",
                "组织名录.xlsx",
                roster(
                        List.of(known, knownCode, "中等职业学校", "430100", "430181", "否", "否", "浏阳市教育局"),
                        List.of("导入测试企业" + s, newCode, "企业", 430200, "", "是", "否", "")));
        assertThat(report).startsWith("/organizations/import/");
        assertThat(status(report)).isEqualTo("CHECKED");
        assertThat(page("admin", report)).contains("校验通过：2 行数据可以导入").contains("id=\"apply-import\"");
        // nothing is written before the confirmation
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where credit_code in (?, ?)",
                        Integer.class,
                        knownCode,
                        newCode))
                .isZero();

        var unconfirmed = send("admin", post(report + "/apply").param("version", "0"));
        assertThat(unconfirmed.getResponse().getContentAsString()).contains("将把“组织名录.xlsx”中的 2 行写入系统");

        var applied = apply("admin", report);
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo(report);
        assertThat(status(report)).isEqualTo("APPLIED");
        assertThat(jdbc.queryForObject("select credit_code from organization where name = ?", String.class, known))
                .isEqualTo(knownCode);
        assertThat(jdbc.queryForObject("select county_code from organization where name = ?", String.class, known))
                .isEqualTo("430181");
        assertThat(jdbc.queryForMap(
                        "select kind, city_code, privately_run from organization where credit_code = ?", newCode))
                .containsEntry("kind", "ENTERPRISE")
                .containsEntry("city_code", "430200")
                .containsEntry("privately_run", true);
        long knownId = jdbc.queryForObject("select id from organization where name = ?", Long.class, known);
        assertThat(jdbc.queryForObject(
                        "select reason_arguments from organization_change where organization_id = ? and reason_key = 'imports.history.imported'",
                        String.class,
                        knownId))
                .isEqualTo("2\u001F组织名录.xlsx");
        assertThat(page("admin", "/organizations/" + knownId)).contains("导入 2 行，来自 组织名录.xlsx");
        assertThat(page("admin", "/organizations/import")).contains("导入 2 行，来自 组织名录.xlsx");
        // applied once only
        assertThat(apply("admin", report).getResponse().getRedirectedUrl()).endsWith("/organizations/import");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization_change where organization_id = ?", Integer.class, knownId))
                .isEqualTo(1);
    }

    @Test
    void aFileWithErrorsIsRefusedWithTheRightRowAndColumnAndNothingIsWritten() throws Exception {
        String s = suffix();
        String good = creditCode();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String report = upload(
                "admin",
                "有错误.xlsx",
                roster(
                        List.of("正确的企业" + s, good, "企业", "430100", "", "否", "否", ""),
                        List.of("校验码错误" + s, bad, "企业", "430100", "", "否", "否", ""),
                        List.of("县不在市内" + s, creditCode(), "企业", "430100", "430281", "否", "否", ""),
                        List.of("正确的企业" + s, creditCode(), "工厂", "430100", "", "否", "否", "")));
        assertThat(status(report)).isEqualTo("INVALID");
        assertThat(jdbc.queryForList(
                        "select row_number || ':' || column_key || ':' || message_key from data_import_problem where import_id = ? order by row_number, id",
                        String.class,
                        importId(report)))
                .containsExactly(
                        "3:imports.org.creditCode:imports.problem.creditCode",
                        "4:imports.org.county:imports.problem.county",
                        "5:imports.org.kind:imports.problem.choice");
        assertThat(page("admin", report))
                .contains("发现 3 处错误")
                .contains("不是有效的统一社会信用代码")
                .contains("统一社会信用代码")
                .doesNotContain("id=\"apply-import\"");
        var refused = apply("admin", report);
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/organizations/import");
        assertThat(jdbc.queryForObject("select count(*) from organization where credit_code = ?", Integer.class, good))
                .as("all or nothing: not even the good row")
                .isZero();
    }

    @Test
    void aReImportUpdatesTheOrganisationWithTheSameCreditCode() throws Exception {
        String s = suffix();
        String code = creditCode();
        apply(
                "admin",
                upload("admin", "第一次.xlsx", roster(List.of("原名企业" + s, code, "企业", "430100", "", "否", "否", ""))));
        long id = jdbc.queryForObject("select id from organization where credit_code = ?", Long.class, code);

        String second =
                upload("admin", "第二次.xlsx", roster(List.of("新名企业" + s, code, "企业", "430300", "", "是", "否", "湘潭市工信局")));
        assertThat(status(second)).isEqualTo("CHECKED");
        apply("admin", second);
        assertThat(jdbc.queryForMap(
                        "select id, name, city_code, competent_authority from organization where credit_code = ?",
                        code))
                .containsEntry("id", id)
                .containsEntry("name", "新名企业" + s)
                .containsEntry("city_code", "430300")
                .containsEntry("competent_authority", "湘潭市工信局");
        assertThat(jdbc.queryForList(
                        "select reason_arguments from organization_change where organization_id = ? order by id",
                        String.class,
                        id))
                .containsExactly("1\u001F第一次.xlsx", "1\u001F第二次.xlsx");
    }

    @Test
    void aNameOfAnotherCreditCodeIsAProblemOfItsRow() throws Exception {
        String s = suffix();
        apply(
                "admin",
                upload("admin", "a.xlsx", roster(List.of("已有企业" + s, creditCode(), "企业", "430100", "", "否", "否", ""))));
        String report =
                upload("admin", "b.xlsx", roster(List.of("已有企业" + s, creditCode(), "企业", "430100", "", "否", "否", "")));
        assertThat(jdbc.queryForList(
                        "select row_number || ':' || column_key || ':' || message_key from data_import_problem where import_id = ?",
                        String.class,
                        importId(report)))
                .containsExactly("2:imports.org.name:imports.problem.nameTaken");
    }

    @Test
    void aMalformedFileIsRefusedWithAMessageNotAServerError() throws Exception {
        byte[] merged = Workbooks.sheet(
                "数据",
                List.of(HEADER, List.of("x", creditCode(), "企业", "430100", "", "否", "否", "")),
                sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("A1:B1")));
        String report = upload("admin", "合并.xlsx", merged);
        assertThat(status(report)).isEqualTo("REFUSED");
        assertThat(page("admin", report)).contains("文件含有合并单元格（A1:B1）");

        // a PDF is a file the portal keeps elsewhere, but no import: the form comes back saying what an import takes
        var pdf = send(
                "admin",
                multipart("/organizations/import")
                        .file(new MockMultipartFile(
                                "file",
                                "说明.pdf",
                                "application/pdf",
                                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes())));
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentAsString())
                .contains("id=\"file-error\"")
                .contains("导入只接受 Excel 工作簿（.xlsx）")
                .doesNotContain("PDF、JPG")
                .contains("id=\"import-form\"")
                .contains("合并.xlsx");

        var none = send("admin", multipart("/organizations/import"));
        assertThat(none.getResponse().getStatus()).isEqualTo(200);
        assertThat(none.getResponse().getContentAsString()).contains("id=\"file-error\"");
    }

    @Test
    void theTemplateSpeaksTheUsersLanguage() throws Exception {
        var response = mvc.perform(get("/organizations/import/template").with(users.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("数据");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("统一社会信用代码");
            assertThat(workbook.getSheet("可选值")).isNotNull();
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
    }

    @Test
    void onlyProvinceStaffImportOrganisations() throws Exception {
        for (String user : List.of("changsha", "hngy", "expert1")) {
            assertThat(mvc.perform(get("/organizations/import").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        String report = upload(
                "admin", "c.xlsx", roster(List.of("权限企业" + suffix(), creditCode(), "企业", "430100", "", "否", "否", "")));
        assertThat(send(
                                "changsha",
                                post(report + "/apply").param("version", "0").param("confirmed", "true"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("admin", "/organizations")).contains("id=\"import-organizations\"");
        assertThat(page("changsha", "/organizations")).doesNotContain("id=\"import-organizations\"");
    }
}
