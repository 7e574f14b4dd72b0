package cn.gov.hunan.chuyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.imports.CreditCode;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Issue 18: 娄底's officer loads its schools' figures for its task from the template — applied on confirmation and
 * seen on the school's own page, a file with errors refused naming row and column, another city's school refused, a
 * second file updating, and nobody else (another city, a school, staff) reaching the import.
 */
class FiguresImportIT extends PostgresIntegrationTest {

    /** 新化县楚怡工业学校 (the demo account xhcy), its demo credit code. */
    static final String XHCY = "124313009000000015";

    static final List<Object> HEADER = List.of("学校名称", "统一社会信用代码", "1.双师型教师数", "1.专业课教师数", "3.企业兼职教师数", "3.专任教师数");

    long task;
    String base;
    long indicator1;
    String loudiSchool;
    long loudiSchoolId;
    String changshaSchool;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static String creditCode(String division) {
        String first17 = "52" + division
                + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + CreditCode.check(first17);
    }

    /** A plan of its own (a free year), running, with two quantitative indicators and one that is not; 娄底's task. */
    @BeforeEach
    void loudiTaskOfItsOwn() {
        int year = jdbc.queryForObject("""
                select min(y) from (select 2030 + n as y from (select row_number() over () as n from division) d
                where n < 60) ys where y not in (select plan_year from supervision_plan)""", Integer.class);
        long plan = id("""
                insert into supervision_plan (plan_year, topic, status, visit_from, visit_to)
                values (?, '学校数据导入测试', 'ACTIVE', date '2030-11-01', date '2030-11-30') returning id""", year);
        indicator1 = id("""
                insert into supervision_indicator (plan_id, name, weight, numerator_label, denominator_label, sort_order)
                values (?, '双师型教师比例', 40, '双师型教师数', '专业课教师数', 1) returning id""", plan);
        jdbc.update(
                "insert into supervision_indicator (plan_id, name, weight, sort_order) values (?, '政策保障', 20, 2)",
                plan);
        jdbc.update("""
                insert into supervision_indicator (plan_id, name, weight, numerator_label, denominator_label, sort_order)
                values (?, '企业兼职教师比例', 40, '企业兼职教师数', '专任教师数', 3)""", plan);
        task = id("""
                insert into inspection_task (plan_id, city_code, status, lead_id)
                select ?, '431300', 'PLANNED', id from app_user where username = 'inspector1' returning id""", plan);
        base = "/supervision/tasks/" + task + "/figures-import";
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36);
        loudiSchool = creditCode("431300");
        loudiSchoolId = id("""
                insert into organization (name, kind, city_code, verification, credit_code)
                values (?, 'SECONDARY_VOCATIONAL', '431300', 'UNVERIFIED', ?) returning id""", "导入测试中职" + suffix, loudiSchool);
        changshaSchool = creditCode("430100");
        jdbc.update("""
                insert into organization (name, kind, city_code, verification, credit_code)
                values (?, 'SECONDARY_VOCATIONAL', '430100', 'UNVERIFIED', ?)""", "长沙导入测试中职" + suffix, changshaSchool);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).header("Referer", "http://localhost" + base))
                .andReturn();
    }

    String upload(String user, String name, byte[] workbook) throws Exception {
        return send(
                        user,
                        multipart(base).file(new MockMultipartFile("file", name, "application/octet-stream", workbook)))
                .getResponse()
                .getRedirectedUrl();
    }

    String page(String user, String address) throws Exception {
        return mvc.perform(get(address).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MvcResult apply(String user, String report) throws Exception {
        long version =
                jdbc.queryForObject("select version from data_import where id = ?", Long.class, importId(report));
        return send(
                user,
                post(report + "/apply")
                        .param("version", String.valueOf(version))
                        .param("confirmed", "true"));
    }

    long importId(String report) {
        return Long.parseLong(report.substring(report.lastIndexOf('/') + 1));
    }

    String status(String report) {
        return jdbc.queryForObject("select status from data_import where id = ?", String.class, importId(report));
    }

    int figures() {
        return jdbc.queryForObject("select count(*) from school_figures where task_id = ?", Integer.class, task);
    }

    static byte[] workbook(String sheetName, List<List<Object>> rows, Consumer<Sheet> change) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            change.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    static byte[] figuresFile(List<Object>... rows) throws Exception {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return workbook("数据", all, s -> {});
    }

    static List<Object> line(Object... cells) {
        List<Object> list = new ArrayList<>();
        for (Object cell : cells) {
            list.add(cell);
        }
        return list;
    }

    /** The template as downloaded, with numbers typed into the rows of the schools named by credit code. */
    byte[] filledTemplate(String user, Object[]... given) throws Exception {
        byte[] template = mvc.perform(get(base + "/template").with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            Sheet data = workbook.getSheetAt(0);
            for (Object[] school : given) {
                boolean found = false;
                for (Row row : data) {
                    Cell code = row.getCell(1);
                    if (code != null && school[0].equals(code.getStringCellValue())) {
                        for (int i = 1; i < school.length; i++) {
                            row.createCell(1 + i).setCellValue(((Number) school[i]).doubleValue());
                        }
                        found = true;
                    }
                }
                assertThat(found).as("the template lists %s", school[0]).isTrue();
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFilledTemplateIsAppliedOnConfirmationAndTheSchoolSeesItsFigures() throws Exception {
        var response = mvc.perform(get(base + "/template").with(users.as("loudi")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("数据");
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header)
                    .containsExactlyElementsOf(
                            HEADER.stream().map(Object::toString).toList());
            List<String> codes = new ArrayList<>();
            data.forEach(r -> {
                if (r.getRowNum() > 0 && r.getCell(1) != null) {
                    codes.add(r.getCell(1).getStringCellValue());
                }
            });
            assertThat(codes).contains(XHCY, loudiSchool).doesNotContain(changshaSchool);
            assertThat(workbook.getSheet("填写说明")).isNotNull();
            assertThat(workbook.getSheet("可选值").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("C 1.双师型教师数");
        }

        String report = upload(
                "loudi",
                "娄底学校数据.xlsx",
                filledTemplate("loudi", new Object[] {XHCY, 40, 80, 6, 60}, new Object[] {loudiSchool, 9, 30}));
        assertThat(report).isEqualTo(base + "/" + importId(report));
        assertThat(status(report)).isEqualTo("CHECKED");
        assertThat(page("loudi", report)).contains("id=\"apply-import\"");
        assertThat(figures()).as("nothing written before the confirmation").isZero();

        var unconfirmed = send("loudi", post(report + "/apply").param("version", "0"));
        assertThat(unconfirmed.getResponse().getContentAsString()).contains("将把“娄底学校数据.xlsx”中");
        assertThat(figures()).isZero();

        assertThat(apply("loudi", report).getResponse().getRedirectedUrl()).isEqualTo(report);
        assertThat(status(report)).isEqualTo("APPLIED");
        assertThat(jdbc.queryForList(
                        "select numerator || '/' || denominator || ' ' || imported_from || ' ' || submitted_by from school_figures where task_id = ? and organization_id = ? order by indicator_id",
                        String.class,
                        task,
                        loudiSchoolId))
                .containsExactly("9/30 娄底学校数据.xlsx loudi");
        assertThat(figures()).isEqualTo(3);
        assertThat(page("loudi", "/supervision/tasks/" + task))
                .contains("导入 2 所学校的数据，来自 娄底学校数据.xlsx")
                .contains("id=\"figures-import-link\"");
        // who uploaded and imported it, by the name people know (the account's display name), not the login name
        assertThat(page("loudi", base)).contains("娄底学校数据.xlsx").contains("<td>娄底市教育局</td>");
        assertThat(page("loudi", report)).contains("娄底市教育局 · ").doesNotContain(">loudi · ");

        String schoolPage = page("xhcy", "/supervision/data");
        assertThat(schoolPage)
                .contains("id=\"request-" + task + "\"")
                .contains("value=\"40\"")
                .contains("value=\"80\"")
                .contains("id=\"imported-" + task + "-" + indicator1 + "\"")
                .contains("由 娄底市教育局 从市州导入（娄底学校数据.xlsx");
        String english = mvc.perform(
                        get("/supervision/data").with(users.as("xhcy")).cookie(new Cookie("CHUYI_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Imported by 娄底市教育局 from the city&#39;s file (娄底学校数据.xlsx");

        // the school may still correct what the city gave; the correction is its own again
        var corrected = send(
                "xhcy",
                post("/supervision/data/" + task)
                        .param("num_" + indicator1, "41")
                        .param("den_" + indicator1, "80"));
        assertThat(corrected.getResponse().getRedirectedUrl()).isEqualTo("/supervision/data");
        assertThat(jdbc.queryForMap(
                        "select numerator, submitted_by, imported_from from school_figures where task_id = ? and indicator_id = ? and organization_id = (select id from organization where credit_code = ?)",
                        task,
                        indicator1,
                        XHCY))
                .containsEntry("numerator", 41)
                .containsEntry("submitted_by", "xhcy")
                .containsEntry("imported_from", null);
    }

    @Test
    void rowsLeftEmptyButFormattedAtTheEndAreNeitherCountedNorChecked() throws Exception {
        byte[] file = workbook("数据", List.of(HEADER, line("新化", XHCY, 40, 80)), sheet -> {
            var style = sheet.getWorkbook().createCellStyle();
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int r = 2; r < 30; r++) {
                Row row = sheet.createRow(r);
                row.setRowStyle(style);
                for (int c = 0; c < HEADER.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(style);
                    if (r % 3 == 0) {
                        cell.setCellValue("\u00a0");
                    }
                }
            }
        });
        String report = upload("loudi", "带格式的空行.xlsx", file);
        assertThat(status(report)).isEqualTo("CHECKED");
        assertThat(jdbc.queryForObject(
                        "select row_count from data_import where id = ?", Integer.class, importId(report)))
                .isEqualTo(1);
        assertThat(page("loudi", report)).contains("校验通过：1 行数据可以导入。");
    }

    @Test
    void theTemplateInEnglishHasEnglishHeadersAndIsReadBack() throws Exception {
        byte[] template = mvc.perform(
                        get(base + "/template").with(users.as("loudi")).cookie(new Cookie("CHUYI_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("Data");
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header)
                    .containsExactly(
                            "School name",
                            "Unified social credit code",
                            "1. Numerator: 双师型教师数",
                            "1. Denominator: 专业课教师数",
                            "3. Numerator: 企业兼职教师数",
                            "3. Denominator: 专任教师数");
            assertThat(workbook.getSheet("Allowed values").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("C 1. Numerator: 双师型教师数");
            for (Row row : data) {
                Cell code = row.getCell(1);
                if (code != null && XHCY.equals(code.getStringCellValue())) {
                    row.createCell(2).setCellValue(40);
                    row.createCell(3).setCellValue(80);
                }
            }
            workbook.write(out);
            String report = upload("loudi", "english.xlsx", out.toByteArray());
            assertThat(status(report)).isEqualTo("CHECKED");
        }
    }

    @Test
    void aFileWithErrorsIsRefusedNamingRowAndColumnAndNothingIsWritten() throws Exception {
        String report = upload(
                "loudi",
                "有错误.xlsx",
                figuresFile(
                        line("新化", XHCY, 40, 80, null, null),
                        line("负数", loudiSchool, -3, 30, null, null),
                        line("文字", null, "十二", 30, null, null),
                        line("超出", null, null, null, 31, 30)));
        assertThat(status(report)).isEqualTo("INVALID");
        assertThat(jdbc.queryForList(
                        "select row_number || ':' || column_key || ':' || message_key from data_import_problem where import_id = ? order by row_number, id",
                        String.class,
                        importId(report)))
                .containsExactly(
                        "3:1.双师型教师数:supervision.figuresImport.problem.negative",
                        "4:1.双师型教师数:imports.problem.number",
                        "5:3.企业兼职教师数:supervision.figuresImport.problem.exceeds",
                        "5:supervision.figuresImport.creditCode:imports.problem.required");
        assertThat(page("loudi", report))
                .contains("发现 4 处错误")
                .contains("<td>1.双师型教师数</td>")
                .contains("不能为负数（-3）")
                .contains("分子 31 大于分母 30（3.专任教师数）")
                .doesNotContain("id=\"apply-import\"");
        String english = mvc.perform(get(report).with(users.as("loudi")).cookie(new Cookie("CHUYI_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("4 problems")
                .contains("May not be negative (-3).")
                .contains("<td>1. Numerator: 双师型教师数</td>")
                .contains("The numerator 31 exceeds the denominator 30 (3. Denominator: 专任教师数).");
        assertThat(apply("loudi", report).getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(figures()).as("all or nothing: not even the good row").isZero();

        String formula = upload(
                "loudi",
                "公式.xlsx",
                workbook(
                        "数据",
                        List.of(HEADER, line("新化", XHCY, 40, 80)),
                        s -> s.getRow(1).getCell(2).setCellFormula("20*2")));
        assertThat(status(formula)).isEqualTo("REFUSED");
        String wrongSheet =
                upload("loudi", "工作表.xlsx", workbook("Sheet1", List.of(HEADER, line("新化", XHCY, 40, 80)), s -> {}));
        assertThat(status(wrongSheet)).isEqualTo("REFUSED");
        assertThat(page("loudi", wrongSheet)).contains("id=\"import-refusal\"");
    }

    @Test
    void aSchoolOfAnotherCityIsRefused() throws Exception {
        String report = upload(
                "loudi",
                "外市.xlsx",
                figuresFile(line("新化", XHCY, 40, 80, null, null), line("长沙的学校", changshaSchool, 1, 2, null, null)));
        assertThat(status(report)).isEqualTo("INVALID");
        assertThat(page("loudi", report)).contains("不是本市州的学校").contains("<td>3</td>");
        assertThat(figures()).isZero();
    }

    @Test
    void aSecondImportUpdatesTheFigures() throws Exception {
        apply("loudi", upload("loudi", "第一次.xlsx", figuresFile(line("测试", loudiSchool, 9, 30, 1, 10))));
        String second = upload("loudi", "第二次.xlsx", figuresFile(line("测试", loudiSchool, 12, 30, null, null)));
        assertThat(status(second)).isEqualTo("CHECKED");
        apply("loudi", second);
        assertThat(jdbc.queryForList(
                        "select numerator || '/' || denominator || ' ' || imported_from from school_figures where task_id = ? and organization_id = ? order by indicator_id",
                        String.class,
                        task,
                        loudiSchoolId))
                .containsExactly("12/30 第二次.xlsx", "1/10 第一次.xlsx");
        assertThat(page("loudi", "/supervision/tasks/" + task))
                .contains("导入 1 所学校的数据，来自 第一次.xlsx")
                .contains("导入 1 所学校的数据，来自 第二次.xlsx");
    }

    @Test
    void onlyTheTasksCityImportsAndOnlyWhileTheTaskTakesFigures() throws Exception {
        String report = upload("loudi", "权限.xlsx", figuresFile(line("测试", loudiSchool, 9, 30, null, null)));
        for (String user : List.of("changsha")) {
            assertThat(mvc.perform(get(base).with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("%s: another city's task", user)
                    .isEqualTo(404);
            assertThat(mvc.perform(get(base + "/template").with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(mvc.perform(get(report).with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(send(user, multipart(base)).getResponse().getStatus()).isEqualTo(404);
            assertThat(apply(user, report).getResponse().getStatus()).isEqualTo(404);
        }
        for (String user : List.of("admin", "xhcy", "hngy", "inspector1", "expert1")) {
            assertThat(mvc.perform(get(base).with(users.as(user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(apply(user, report).getResponse().getStatus()).as(user).isEqualTo(403);
        }
        assertThat(figures()).isZero();
        assertThat(page("admin", "/supervision/tasks/" + task)).doesNotContain("id=\"figures-import-link\"");

        // the report is in: the task takes no more figures, from the city's file or the school's form
        jdbc.update("update inspection_task set status = 'REPORTED' where id = ?", task);
        var refused = apply("loudi", report);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("supervision.task.error.reported");
        assertThat(figures()).isZero();
        assertThat(page("loudi", base)).contains("id=\"import-closed\"").doesNotContain("id=\"import-form\"");
        assertThat(page("loudi", "/supervision/tasks/" + task)).doesNotContain("id=\"figures-import-link\"");
        assertThat(send("loudi", multipart(base)).getFlashMap().get("errorKey"))
                .isEqualTo("supervision.task.error.reported");
    }
}
