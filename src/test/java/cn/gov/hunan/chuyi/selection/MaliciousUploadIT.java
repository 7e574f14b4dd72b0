package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.attachment.MaliciousFiles;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What an attacker uploads as a school: a name that lies about the type, a document with macros, a document
 * carrying a program, a zip bomb. Each is refused in the user's language, or kept under an honest name.
 */
class MaliciousUploadIT extends PostgresIntegrationTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    long draft;

    @BeforeEach
    void aDraftOfXinhua() {
        Long existing = jdbc.query("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                join selection_round r on r.id = n.round_id
                where o.name = '新化县楚怡工业学校' and r.status = 'OPEN' and n.status = 'DRAFT' order by n.id limit 1""", rs -> rs.next() ? rs.getLong(1) : null);
        if (existing == null) {
            long round = jdbc.queryForObject(
                    "select id from selection_round where title = '2026年楚怡优质中职专业（群）遴选（演示）'", Long.class);
            jdbc.update(
                    "update nomination set status = 'DRAFT' where round_id = ? and organization_id = (select id from organization where name = '新化县楚怡工业学校')",
                    round);
            existing = jdbc.queryForObject(
                    "select id from nomination where round_id = ? and organization_id = (select id from organization where name = '新化县楚怡工业学校')",
                    Long.class,
                    round);
        }
        draft = existing;
    }

    private MvcResult upload(String name, String browserType, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/nominations/" + draft + "/attachments")
                        .file(new MockMultipartFile("file", name, browserType, bytes))
                        .with(users.as("xhcy"))
                        .with(csrf())
                        .header("Referer", "http://localhost/nominations/" + draft))
                .andReturn();
    }

    /** The page the refusal sent the browser back to, in the same session (where the flash message waits). */
    private String back(MvcResult refused, String user, String... lang) throws Exception {
        var request = get(refused.getResponse().getRedirectedUrl())
                .with(users.as(user))
                .cookie(refused.getResponse().getCookie("SESSION"));
        if (lang.length > 0) {
            request.param("lang", lang[0]);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int attachments() {
        return jdbc.queryForObject(
                "select count(*) from nomination_attachment where nomination_id = ?", Integer.class, draft);
    }

    private String refusal(String name, byte[] bytes) throws Exception {
        int before = attachments();
        var result = upload(name, DOCX, bytes);
        assertThat(attachments()).as(name + " is not kept").isEqualTo(before);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/nominations/" + draft);
        return (String) result.getFlashMap().get("errorKey");
    }

    @Test
    void aPdfNamedAsAProgramIsKeptAndServedUnderThePdfName() throws Exception {
        assertThat(upload("invoice.pdf.exe", "application/x-msdownload", MaliciousFiles.PDF)
                        .getFlashMap()
                        .get("errorKey"))
                .isNull();
        var row = jdbc.queryForMap(
                "select id, original_name, content_type from nomination_attachment where nomination_id = ? "
                        + "order by id desc limit 1",
                draft);
        assertThat(row.get("original_name")).isEqualTo("invoice.pdf");
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        String url = "/nominations/" + draft + "/attachments/" + row.get("id");
        var download = mvc.perform(get(url).with(users.as("xhcy"))).andReturn().getResponse();
        assertThat(ContentDisposition.parse(download.getHeader("Content-Disposition"))
                        .getFilename())
                .isEqualTo("invoice.pdf");

        // a row kept before names followed the type is served under the honest name too
        jdbc.update("update nomination_attachment set original_name = '发票.pdf.exe' where id = ?", row.get("id"));
        String disposition = mvc.perform(get(url).with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        assertThat(disposition)
                .matches("\\p{ASCII}+")
                .startsWith("attachment; filename=\"attachment.pdf\"; filename*=UTF-8''");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("发票.pdf");
    }

    @Test
    void aWordDocumentKeepsItsChineseName() throws Exception {
        assertThat(upload("楚怡申报书（定稿）.docx", DOCX, MaliciousFiles.docx())
                        .getFlashMap()
                        .get("errorKey"))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select original_name from nomination_attachment where nomination_id = ? order by id desc limit 1",
                        String.class,
                        draft))
                .isEqualTo("楚怡申报书（定稿）.docx");
    }

    @Test
    void anHtmlPageIsRefusedWhateverItIsCalled() throws Exception {
        byte[] page = "<!DOCTYPE html><html><script>fetch('/admin')</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("payload.html", page)).isEqualTo("attachment.error.type");
        assertThat(refusal("payload.pdf", page)).isEqualTo("attachment.error.type");
    }

    @Test
    void macrosAndEmbeddedProgramsAreRefusedInTheUsersLanguage() throws Exception {
        assertThat(refusal("申报书.docx", MaliciousFiles.docxWithMacros())).isEqualTo("attachment.error.macros");
        assertThat(refusal("申报书.docx", MaliciousFiles.docxEmbeddingAWorkbookWithMacros()))
                .isEqualTo("attachment.error.macros");
        var result = upload("申报书.docx", DOCX, MaliciousFiles.docxEmbeddingAProgram());
        assertThat(result.getFlashMap().get("errorKey")).isEqualTo("attachment.error.program");

        assertThat(back(result, "xhcy")).contains("文件中嵌入了可执行程序或脚本");
        var again = upload("report.docx", DOCX, MaliciousFiles.docxEmbeddingAProgram());
        assertThat(back(again, "xhcy", "en")).contains("The file has a program or script embedded in it");
    }

    @Test
    void aZipBombIsRefusedWithTheLimitsInTheMessage() throws Exception {
        byte[] bomb = Files.readAllBytes(MaliciousFiles.xlsxBomb(dir.resolve("bomb.xlsx"), 300, false));
        byte[] liar = Files.readAllBytes(MaliciousFiles.xlsxBomb(dir.resolve("liar.xlsx"), 300, true));
        for (byte[] file : new byte[][] {bomb, liar}) {
            int before = attachments();
            long start = System.nanoTime();
            var result = upload("统计表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "uploading a %d KB bomb (300 MB unpacked): refused in %d ms%n", file.length / 1024, millis);
            assertThat(result.getFlashMap().get("errorKey")).isEqualTo("attachment.error.unpacked");
            assertThat(attachments()).isEqualTo(before);
            assertThat(back(result, "xhcy")).contains("解压后超过 100 MB、部件超过 1,000 个");
        }
    }

    @Test
    void aRefusedUploadKeepsWhatWasTypedInTheForm() throws Exception {
        // an open item of Changsha's 2025 supervision, answered by the city (no school named on it)
        long finding = jdbc.queryForObject("""
                select id from finding where city_code = '430100' and organization_id is null and status in ('OPEN', 'REJECTED')
                order by id limit 1""", Long.class);
        String status = jdbc.queryForObject("select status from finding where id = ?", String.class, finding);
        String measures = "已印发《长沙市职业院校兼职教师管理办法》<b>第二稿</b>";
        var result = mvc.perform(multipart("/supervision/findings/" + finding + "/answer")
                        .file(new MockMultipartFile("file", "整改材料.docx", DOCX, MaliciousFiles.docxWithMacros()))
                        .param("measures", measures)
                        .with(users.as("changsha"))
                        .with(csrf())
                        .header("Referer", "http://localhost/supervision/findings/" + finding))
                .andReturn();
        assertThat(result.getFlashMap().get("errorKey")).isEqualTo("attachment.error.macros");
        assertThat(jdbc.queryForObject("select status from finding where id = ?", String.class, finding))
                .as("nothing was answered")
                .isEqualTo(status);
        assertThat(back(result, "changsha"))
                .contains("文件含有宏")
                .contains("已印发《长沙市职业院校兼职教师管理办法》&lt;b&gt;第二稿&lt;/b&gt;</textarea>");
    }
}
