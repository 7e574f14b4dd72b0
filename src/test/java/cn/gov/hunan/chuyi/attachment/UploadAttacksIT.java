package cn.gov.hunan.chuyi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The uploads added by issues 17 and 18 under attack, in the style of MaliciousUploadIT and through their URLs only
 * (their controllers are being refactored): the organisation and expert imports, the fund allocations, the expert
 * assignment sheet, a change request's and an evaluation's files. Each gets a zip bomb, a workbook with more rows than
 * allowed, a program named .xlsx, an HTML page with a script named .pdf, a path in the file's name, a file over the
 * size limit and a post without its CSRF token; each is refused with the user's message (never a server error) and
 * writes nothing: no row of what the upload would change, no file left in the attachment directory.
 */
class UploadAttacksIT extends PostgresIntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final byte[] PROGRAM = program();
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>fetch('/admin/users')</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MessageSource messages;

    @TempDir
    Path dir;

    long project;
    long evaluated;

    /** One upload endpoint: who posts, where, with which other fields, and the rows it would change. */
    record Target(String name, String user, String url, String part, String[] params, String written) {}

    List<Target> targets() {
        return List.of(
                new Target("organisations", "admin", "/organizations/import", "file", new String[0], """
                        select count(*) + coalesce(sum(version), 0) from organization"""),
                new Target("experts", "admin", "/experts/import", "file", new String[0], """
                        select count(*) + coalesce(sum(version), 0) from expert_profile"""),
                new Target("funds", "admin", "/funds/upload", "file", new String[0], """
                        select count(*) from fund_allocation"""),
                new Target(
                        "assignment sheet",
                        "admin",
                        "/nominations/batch/assignments",
                        "file",
                        new String[] {"confirmed", "true"},
                        "select count(*) from review_assignment"),
                new Target(
                        "change request",
                        "xhcy",
                        "/projects/" + project + "/changes",
                        "files",
                        new String[] {"kind", "LEADER", "reason", "项目负责人调离，申请变更"},
                        "select (select count(*) from project_change_request) * 1000"
                                + " + (select count(*) from project_change_request_file)"),
                new Target(
                        "evaluation",
                        "admin",
                        "/projects/" + evaluated + "/evaluations",
                        "file",
                        new String[] {
                            "grade", "QUALIFIED",
                            "conclusion", "中期检查合格",
                            "date", LocalDate.now(PortalTime.ZONE).toString(),
                            "version", "0",
                            "confirmed", "true"
                        },
                        "select (select count(*) from project_evaluation) * 1000"
                                + " + (select count(*) from project_evaluation_file)"));
    }

    @BeforeEach
    void projects() {
        int year = LocalDate.now(PortalTime.ZONE).getYear();
        project = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '上传攻击测试实训基地', ?, 3 from organization where name = '新化县楚怡工业学校'
                returning id""", Long.class, year - 1);
        jdbc.update(
                "insert into task_book (project_id, version_no, status, start_year, end_year) values (?, 1, 'APPROVED', ?, ?)",
                project,
                year - 1,
                year + 1);
        evaluated = jdbc.queryForObject("""
                insert into designated_project (program_code, organization_id, title, designated_year, construction_years)
                select 'TRAINING_BASE', id, '上传攻击测试评价项目', ?, 3 from organization where name = '湖南工业职业技术学院'
                returning id""", Long.class, year - 2);
    }

    /** The dashboard tests count the demo register: leave it as found. */
    @AfterEach
    void removeTheProjects() {
        for (long id : new long[] {project, evaluated}) {
            jdbc.update(
                    "delete from project_change_request_file where request_id in "
                            + "(select id from project_change_request where project_id = ?)",
                    id);
            jdbc.update("delete from project_change_request where project_id = ?", id);
            jdbc.update(
                    "delete from project_evaluation_file where evaluation_id in "
                            + "(select id from project_evaluation where project_id = ?)",
                    id);
            jdbc.update("delete from project_evaluation where project_id = ?", id);
            jdbc.update("delete from task_book where project_id = ?", id);
            jdbc.update("delete from project_state_change where project_id = ?", id);
            jdbc.update("delete from designated_project where id = ?", id);
        }
    }

    private MvcResult post(Target target, String fileName, String type, byte[] bytes, boolean withToken)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(target.url());
        request.file(new MockMultipartFile(target.part(), fileName, type, bytes));
        for (int i = 0; i < target.params().length; i += 2) {
            request.param(target.params()[i], target.params()[i + 1]);
        }
        request.header("Referer", "http://localhost" + target.url());
        request.with(users.as(target.user()));
        if (withToken) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn();
    }

    private long written(Target target) {
        return jdbc.queryForObject(target.written(), Long.class);
    }

    private long keptFiles() throws Exception {
        // each integration-test JVM keeps its files apart (the other JVM uploads meanwhile)
        Path directory = Path.of("target/test-attachments" + System.getProperty("chuyi.test.fork", ""));
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    /**
     * What the user is shown: the message of a refusal sent back with the redirect, the page re-rendered with its
     * problems, or the report a redirect leads to (an import's).
     */
    private String shown(MvcResult result, String user) throws Exception {
        int status = result.getResponse().getStatus();
        assertThat(status).as("never a server error").isLessThan(500);
        if (result.getFlashMap().get("errorKey") instanceof String key) {
            Object[] arguments = (Object[]) result.getFlashMap().get("errorArgs");
            return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
        }
        if (status >= 300 && status < 400) {
            return mvc.perform(get(result.getResponse().getRedirectedUrl())
                            .with(users.as(user))
                            .cookie(result.getResponse().getCookie("SESSION")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        return result.getResponse().getContentAsString();
    }

    /** Posts the file to every endpoint; each must show one of {@code expected} and write nothing. */
    private void refusedEverywhere(
            String fileName, String type, Function<Target, byte[]> file, Function<Target, List<String>> expected)
            throws Exception {
        for (Target target : targets()) {
            long before = written(target);
            long files = keptFiles();
            MvcResult result = post(target, fileName, type, file.apply(target), true);
            String shown = shown(result, target.user());
            assertThat(expected.apply(target))
                    .as(target.name() + " shows the reason; it showed: "
                            + shown.substring(0, Math.min(shown.length(), 300)))
                    .anySatisfy(text -> assertThat(shown).contains(text));
            assertThat(written(target)).as(target.name() + " writes nothing").isEqualTo(before);
            if (!target.name().equals("organisations") && !target.name().equals("experts")) {
                // an import keeps the file of every upload, refused ones included (its page lists them)
                assertThat(keptFiles()).as(target.name() + " keeps no file").isEqualTo(files);
            }
        }
    }

    static final String TYPE = "文件类型不被接受";
    static final String UNPACKED = "解压后超过 100 MB";
    static final String NOT_XLSX = "请上传 Excel 工作簿（.xlsx）";
    static final String FUNDS_UNREADABLE = "无法读取该文件，请上传 Excel（.xlsx）文件。";
    static final String SHEET_UNREADABLE = "无法读取该文件，请上传 Excel（.xlsx）分配表";

    /** What a sheet read without the attachment module (funds, assignments) says, and what the others say. */
    private static List<String> unreadableOr(Target target, String... others) {
        List<String> expected = new ArrayList<>(List.of(others));
        expected.add(FUNDS_UNREADABLE);
        expected.add(SHEET_UNREADABLE);
        return expected;
    }

    @Test
    void aZipBombIsRefusedEverywhere() throws Exception {
        byte[] bomb = Files.readAllBytes(MaliciousFiles.xlsxBomb(dir.resolve("bomb.xlsx"), 300, true));
        refusedEverywhere("名单.xlsx", XLSX, t -> bomb, t -> unreadableOr(t, UNPACKED));
    }

    @Test
    void aProgramNamedXlsxIsRefusedEverywhere() throws Exception {
        refusedEverywhere("名单.xlsx", XLSX, t -> PROGRAM, t -> unreadableOr(t, TYPE));
    }

    @Test
    void anHtmlPageWithAScriptNamedPdfIsRefusedEverywhere() throws Exception {
        refusedEverywhere("公文.pdf", "application/pdf", t -> HTML, t -> unreadableOr(t, TYPE));
    }

    @Test
    void aPathInTheFileNameIsRefusedAndNothingLandsOutsideTheDirectory() throws Exception {
        Path outside = Path.of("target/escaped-upload.xlsx").toAbsolutePath();
        Files.deleteIfExists(outside);
        refusedEverywhere("../../../escaped-upload.xlsx", XLSX, t -> PROGRAM, t -> unreadableOr(t, TYPE));
        refusedEverywhere("..\\..\\..\\escaped-upload.xlsx", XLSX, t -> PROGRAM, t -> unreadableOr(t, TYPE));
        assertThat(outside).doesNotExist();
        assertThat(Path.of("escaped-upload.xlsx")).doesNotExist();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedEverywhere() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PROGRAM, 0, big, 0, PROGRAM.length);
        refusedEverywhere("大文件.xlsx", XLSX, t -> big, t -> unreadableOr(t, "文件太大：单个文件不能超过 20 MB。", TYPE));
    }

    @Test
    void aWorkbookWithMoreRowsThanAllowedIsRefusedByEveryReaderOfSheets() throws Exception {
        for (Target target : targets()) {
            byte[] workbook = switch (target.name()) {
                case "organisations" -> template("/organizations/import/template", 10_001);
                case "experts" -> template("/experts/import/template", 10_001);
                // the fund allocations are an import since #18 (the imports' limit of 10,000 rows)
                case "funds" -> template("/funds/upload/template", 10_001);
                case "assignment sheet" -> rows(5_002);
                default -> null; // a change request's or an evaluation's file is a document of any length
            };
            if (workbook == null) {
                continue;
            }
            long before = written(target);
            String shown = shown(post(target, "名单.xlsx", XLSX, workbook, true), target.user());
            assertThat(List.of("行数据，请拆分为多个文件分别导入", "一次最多导入 5000 行", "分配表最多 5000 行"))
                    .as(target.name() + " names the limit; it showed: "
                            + shown.substring(0, Math.min(shown.length(), 300)))
                    .anySatisfy(text -> assertThat(shown).contains(text));
            assertThat(written(target)).as(target.name() + " writes nothing").isEqualTo(before);
        }
    }

    @Test
    void aGoodFileBesideARefusedOneIsNotKeptEither() throws Exception {
        for (Target target : targets()) {
            if (!target.part().equals("files") && !target.name().equals("evaluation")) {
                continue;
            }
            long before = written(target);
            long files = keptFiles();
            MockMultipartHttpServletRequestBuilder request = multipart(target.url());
            request.file(new MockMultipartFile(target.part(), "会议纪要.pdf", "application/pdf", MaliciousFiles.PDF));
            request.file(new MockMultipartFile(target.part(), "附件.xlsx", XLSX, PROGRAM));
            for (int i = 0; i < target.params().length; i += 2) {
                request.param(target.params()[i], target.params()[i + 1]);
            }
            var result = mvc.perform(request.header("Referer", "http://localhost" + target.url())
                            .with(users.as(target.user()))
                            .with(csrf()))
                    .andReturn();
            assertThat(shown(result, target.user())).as(target.name()).contains(TYPE);
            assertThat(written(target)).as(target.name()).isEqualTo(before);
            assertThat(keptFiles())
                    .as(target.name() + ": the PDF kept before the refusal is gone")
                    .isEqualTo(files);
        }
    }

    @Test
    void aPostWithoutItsTokenIsForbiddenEverywhere() throws Exception {
        byte[] sheet = rows(2);
        for (Target target : targets()) {
            long before = written(target);
            var result = post(target, "名单.xlsx", XLSX, sheet, false);
            assertThat(result.getResponse().getStatus()).as(target.name()).isEqualTo(403);
            assertThat(written(target)).as(target.name()).isEqualTo(before);
        }
    }

    /** An import's template as downloaded, with {@code count} rows of text under its header. */
    byte[] template(String url, int count) throws Exception {
        byte[] bytes = mvc.perform(get(url).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            for (int r = 1; r <= count; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue("行" + r);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A plain workbook of {@code count} data rows under a header (any header: the row limit comes first). */
    static byte[] rows(int count) throws Exception {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("数据");
            var header = sheet.createRow(0);
            for (int c = 0; c < 5; c++) {
                header.createCell(c).setCellValue("列" + c);
            }
            for (int r = 1; r <= count; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("expert1");
                row.createCell(2).setCellValue("第 " + r + " 行");
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** The start of a Windows program (MZ, the DOS stub, the PE signature), padded. */
    static byte[] program() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        bytes[60] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
