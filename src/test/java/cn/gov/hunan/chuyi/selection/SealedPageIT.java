package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.attachment.MaliciousFiles;
import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Issue #18 on PostgreSQL: no submission without the signed and sealed page (单位盖章); the page is a PDF or an image,
 * replaced while the nomination may be edited, with a line of history; the 申报书 as submitted is kept and served as it
 * was, whatever changes later; a returned and resubmitted nomination keeps a new copy. The sealed page and the kept
 * 申报书 are read by exactly the nomination's readers (404 for the others).
 */
class SealedPageIT extends PostgresIntegrationTest {

    private static final String SCHOOL = "新化县楚怡工业学校";

    long round;
    long nomination;

    @BeforeEach
    void aCompleteDraftOfXinhuaInAFreshRound() {
        round = jdbc.queryForObject("""
                insert into selection_round (program_code, round_year, title, status, quota, nomination_opens_at,
                    nomination_closes_at, city_deadline, review_ends_at)
                values ('SECONDARY_SCHOOL', 2026, ?, 'OPEN', 10, now() - interval '1 day', now() + interval '2 days',
                    now() + interval '5 days', now() + interval '10 days')
                returning id""", Long.class, "盖章页测试轮次 " + System.nanoTime());
        jdbc.update("insert into selection_round_kind (round_id, kind) values (?, 'SECONDARY_VOCATIONAL')", round);
        nomination = jdbc.queryForObject("""
                insert into nomination (round_id, organization_id, city_code, status, title, summary, foundation, plan,
                    safeguards)
                select ?, o.id, o.city_code, 'DRAFT', '楚怡优秀中职学校建设（盖章页测试）', '概述', '基础', '方案', '保障'
                from organization o where o.name = ?
                returning id""", Long.class, round, SCHOOL);
        var upload = send(
                "xhcy",
                multipart("/nominations/" + nomination + "/attachments")
                        .file(new MockMultipartFile("file", "佐证材料.pdf", "application/pdf", MaliciousFiles.PDF)));
        assertThat(error(upload)).isNull();
    }

    @AfterEach
    void cancelTheRound() {
        jdbc.update("update selection_round set status = 'CANCELLED' where id = ?", round);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(String user, B request) {
        try {
            return mvc.perform(request.with(users.as(user))
                            .with(csrf())
                            .header("Referer", "http://localhost/nominations/" + nomination))
                    .andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String error(MvcResult result) {
        Object key = result.getFlashMap().get("errorKey");
        return key == null ? null : key.toString();
    }

    private String status() {
        return jdbc.queryForObject("select status from nomination where id = ?", String.class, nomination);
    }

    private int count(String table) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where nomination_id = ?", Integer.class, nomination);
    }

    private int sealedPages() {
        return jdbc.queryForObject(
                "select count(*) from nomination_document where nomination_id = ? and kind = 'SEALED_PAGE'",
                Integer.class,
                nomination);
    }

    /** The page a refusal sent the browser back to, in the same session (where the flash message waits). */
    private String back(MvcResult refused, String user, String lang) throws Exception {
        return mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(users.as(user))
                        .param("lang", lang)
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int getStatus(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private byte[] download(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s GET %s", user, path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var read = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(read);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (var read = Loader.loadPDF(pdf)) {
            return read.getNumberOfPages();
        }
    }

    @Test
    void aCompleteNominationWithoutItsSealedPageIsRefusedInTheUsersLanguageAndNothingIsLost() throws Exception {
        var refused =
                send("xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"));
        assertThat(error(refused)).isEqualTo("sealpage.error.missing");
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/nominations/" + nomination);
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(count("nomination_submitted_copy")).isZero();
        assertThat(jdbc.queryForObject("select title from nomination where id = ?", String.class, nomination))
                .isEqualTo("楚怡优秀中职学校建设（盖章页测试）");
        assertThat(back(refused, "xhcy", "zh_CN")).contains("提交前请先上传签字并加盖单位公章的盖章页");
        var again = send("xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"));
        assertThat(back(again, "xhcy", "en")).contains("Upload the signed page bearing the unit", "before submitting");
    }

    @Test
    void anIncompleteNominationWithoutItsSealedPageIsToldEverythingMissingAtOnceInBothLanguages() throws Exception {
        // no plan, no attachment, no sealed page: one refusal names all three
        jdbc.update("update nomination set plan = null where id = ?", nomination);
        jdbc.update("delete from nomination_attachment where nomination_id = ?", nomination);
        var submit = post("/nominations/" + nomination + "/submit").param("confirmed", "true");

        var refused = send("xhcy", submit);
        assertThat(error(refused)).isEqualTo("selection.nomination.error.incomplete");
        assertThat(refused.getFlashMap().get("errorList"))
                .isEqualTo(List.of(
                        "selection.nomination.missing.plan",
                        "selection.nomination.missing.attachment",
                        "sealpage.missing.item"));
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(count("nomination_submitted_copy")).isZero();
        String zh = back(refused, "xhcy", "zh_CN");
        assertThat(zh)
                .contains("申报还不完整，不能提交：")
                .contains("请填写建设目标与任务举措。", "请至少上传一个附件（申报书等）。", "请上传签字并加盖单位公章的盖章页（单位盖章）。")
                .as("the sealed page is named once, in the refusal")
                .doesNotContain("id=\"sealed-page-missing\"");
        String en = back(send("xhcy", submit), "xhcy", "en");
        assertThat(en)
                .contains("The nomination is not complete and cannot be submitted yet:")
                .contains(
                        "Please describe the goals, tasks and measures.",
                        "Please upload at least one attachment",
                        "Please upload the sealed page: the page signed and bearing the unit&#39;s seal.");

        // nothing typed is lost: the edit form holds the text as the school left it
        String form = mvc.perform(get("/nominations/" + nomination + "/edit").with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("value=\"楚怡优秀中职学校建设（盖章页测试）\"", ">概述</textarea>", ">基础</textarea>", ">保障</textarea>");
    }

    @Test
    void submittingAsksFirstAndOnlyTheConfirmedPostSubmits() throws Exception {
        assertThat(error(send("xhcy", SealedPageFiles.uploadTo(nomination)))).isNull();
        var asked = send("xhcy", post("/nominations/" + nomination + "/submit"));
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        assertThat(asked.getResponse().getContentAsString())
                .contains("提交后，“楚怡优秀中职学校建设（盖章页测试）”将报送市州审核推荐，学校不能再修改，除非市州退回修改。确定提交？")
                .contains("name=\"confirmed\" value=\"true\"");
        assertThat(status()).as("nothing submitted").isEqualTo("DRAFT");
        assertThat(error(send(
                        "xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"))))
                .isNull();
        assertThat(status()).isEqualTo("SUBMITTED");
    }

    /** The demo migration V215_1 on PostgreSQL (DemoProfileIT runs it on H2): a "demo" placeholder becomes the school's. */
    @Test
    void theDemoMigrationMakesAPlaceholderReadAsTheSchoolsOwnUpload() throws Exception {
        send("xhcy", SealedPageFiles.uploadTo(nomination));
        send("xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"));
        jdbc.update(
                "update nomination_document set uploaded_by = 'demo', uploaded_at = current_timestamp "
                        + "where nomination_id = ? and kind = 'SEALED_PAGE'",
                nomination);
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/V215_1__demo_sealed_pages_as_uploaded.sql"))
                .execute(jdbc.getDataSource());
        assertThat(jdbc.queryForObject(
                        "select uploaded_by from nomination_document where nomination_id = ? and kind = 'SEALED_PAGE'",
                        String.class,
                        nomination))
                .isEqualTo("xhcy");
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination_document d join nomination n on n.id = d.nomination_id "
                                + "where d.nomination_id = ? and d.kind = 'SEALED_PAGE' "
                                + "and d.uploaded_at = n.submitted_at - interval '20' minute",
                        Integer.class,
                        nomination))
                .as("20 minutes before its submission")
                .isEqualTo(1);
    }

    @Test
    void theSubmittedApplicationIsKeptWithTheSealedPageAndStaysAsSubmitted() throws Exception {
        assertThat(error(send("xhcy", SealedPageFiles.uploadTo(nomination)))).isNull();
        assertThat(error(send(
                        "xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"))))
                .isNull();
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(count("nomination_submitted_copy")).isEqualTo(1);

        // the city reads the 申报书 as submitted: laid out once, at the first download, and kept
        String path = "/nominations/" + nomination + "/application.pdf";
        byte[] first = download("loudi", path);
        assertThat(pages(first)).isGreaterThanOrEqualTo(3);
        assertThat(text(first)).contains("楚怡优秀中职学校建设（盖章页测试）", SCHOOL, "佐证材料.pdf", "单位（盖章）");
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination_document where nomination_id = ? and kind = 'APPLICATION'",
                        Integer.class,
                        nomination))
                .isEqualTo(1);
        assertThat(download("loudi", "/nominations/" + nomination + "/sealed-page"))
                .isEqualTo(SealedPageFiles.PDF);

        // later changes of the round's and the nomination's data do not change what was submitted
        jdbc.update("update selection_round set title = title || '（已改名）' where id = ?", round);
        jdbc.update("update nomination set title = '改过的标题' where id = ?", nomination);
        byte[] later = download("xhcy", path);
        assertThat(later).isEqualTo(first);
        assertThat(text(later)).doesNotContain("改过的标题", "已改名");
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination_document where nomination_id = ? and kind = 'APPLICATION'",
                        Integer.class,
                        nomination))
                .as("laid out once")
                .isEqualTo(1);

        // the page links both for every reader
        String page = mvc.perform(get("/nominations/" + nomination).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"sealed-page-link\"", "已提交的申报书（PDF）").doesNotContain("id=\"sealed-page-form\"");
    }

    @Test
    void aReturnedNominationGetsANewSealedPageAndItsResubmissionANewCopy() throws Exception {
        send("xhcy", SealedPageFiles.uploadTo(nomination));
        send("xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"));
        String path = "/nominations/" + nomination + "/application.pdf";
        byte[] submitted = download("loudi", path);
        assertThat(error(send(
                        "loudi", post("/nominations/" + nomination + "/return").param("reason", "请补充材料"))))
                .isNull();
        assertThat(status()).isEqualTo("RETURNED");

        // editable again: the 申报书 follows the edits (the school prints it to sign again)
        jdbc.update("update nomination set title = '楚怡优秀中职学校建设（修改稿）' where id = ?", nomination);
        assertThat(text(download("xhcy", path))).contains("楚怡优秀中职学校建设（修改稿）");
        var png = new MockMultipartFile("file", "盖章页-第二版.png", "image/png", png());
        assertThat(error(send(
                        "xhcy",
                        multipart("/nominations/" + nomination + "/sealed-page").file(png))))
                .isNull();
        assertThat(sealedPages()).as("versioned: the first stays").isEqualTo(2);
        assertThat(error(send(
                        "xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"))))
                .isNull();

        assertThat(count("nomination_submitted_copy")).isEqualTo(2);
        byte[] resubmitted = download("loudi", path);
        assertThat(resubmitted).isNotEqualTo(submitted);
        assertThat(text(resubmitted)).contains("楚怡优秀中职学校建设（修改稿）");
        assertThat(jdbc.queryForObject(
                        "select original_name from nomination_document d join nomination_submitted_copy c "
                                + "on c.sealed_page_id = d.id where c.nomination_id = ? order by c.id desc limit 1",
                        String.class,
                        nomination))
                .as("the copy names the sealed page submitted with it")
                .isEqualTo("盖章页-第二版.png");
        assertThat(download("admin", "/nominations/" + nomination + "/sealed-page"))
                .isEqualTo(png());
    }

    @Test
    void replacingTheSealedPageWhileEditableWritesALineOfHistory() throws Exception {
        send("xhcy", SealedPageFiles.uploadTo(nomination));
        var second = new MockMultipartFile("file", "盖章页（重签）.pdf", "application/pdf", SealedPageFiles.PDF);
        send("xhcy", multipart("/nominations/" + nomination + "/sealed-page").file(second));
        assertThat(sealedPages()).isEqualTo(2);
        String page = mvc.perform(get("/nominations/" + nomination).with(users.as("xhcy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("上传盖章页“盖章页.pdf”")
                .contains("重新上传盖章页“盖章页（重签）.pdf”，替换原盖章页")
                .contains("id=\"sealed-page-form\"");
        assertThat(download("xhcy", "/nominations/" + nomination + "/sealed-page"))
                .isEqualTo(SealedPageFiles.PDF);
    }

    @Test
    void onlyTheNominationsReadersHaveTheSealedPageAndOnlyItsSchoolUploadsIt() throws Exception {
        String sealed = "/nominations/" + nomination + "/sealed-page";
        send("xhcy", SealedPageFiles.uploadTo(nomination));
        // a draft: its school only (the city and the department see filed nominations)
        assertThat(getStatus("xhcy", sealed)).isEqualTo(200);
        for (String user : List.of("loudi", "changsha", "admin", "hngy", "expert1")) {
            assertThat(getStatus(user, sealed)).as(user).isEqualTo(404);
        }
        for (String user : List.of("inspector1", "auditor", "sysadmin")) {
            assertThat(getStatus(user, sealed)).as(user).isEqualTo(403);
        }
        // another school's upload is 404; other roles may not upload at all
        assertThat(send("hngy", SealedPageFiles.uploadTo(nomination))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        for (String user : List.of("loudi", "admin", "expert1")) {
            assertThat(send(user, SealedPageFiles.uploadTo(nomination))
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(sealedPages()).isEqualTo(1);

        send("xhcy", post("/nominations/" + nomination + "/submit").param("confirmed", "true"));
        for (String path : List.of(sealed, "/nominations/" + nomination + "/application.pdf")) {
            for (String user : List.of("xhcy", "loudi", "admin")) {
                assertThat(getStatus(user, path)).as("%s %s", user, path).isEqualTo(200);
            }
            for (String user : List.of("changsha", "hngy", "expert1")) {
                assertThat(getStatus(user, path)).as("%s %s", user, path).isEqualTo(404);
            }
        }
        // submitted: kept as it was, the school may no longer replace it
        assertThat(error(send("xhcy", SealedPageFiles.uploadTo(nomination))))
                .isEqualTo("selection.nomination.error.readOnly");
        assertThat(sealedPages()).isEqualTo(1);
    }

    @Test
    void aSealedPageIsAPdfOrAnImageWhateverTheFileIsCalled() throws Exception {
        byte[] html = "<!DOCTYPE html><html><script>fetch('/admin')</script></html>".getBytes(StandardCharsets.UTF_8);
        for (var file : List.of(
                new MockMultipartFile("file", "盖章页.html", "text/html", html),
                new MockMultipartFile("file", "盖章页.pdf", "application/pdf", html),
                new MockMultipartFile("file", "盖章页.pdf", "application/pdf", MaliciousFiles.PROGRAM),
                new MockMultipartFile("file", "setup.exe", "application/x-msdownload", MaliciousFiles.PROGRAM),
                new MockMultipartFile("file", "盖章页.docx", "application/msword", MaliciousFiles.docx()))) {
            var refused = send(
                    "xhcy",
                    multipart("/nominations/" + nomination + "/sealed-page").file(file));
            assertThat(error(refused)).as(file.getOriginalFilename()).isEqualTo("sealpage.error.type");
            assertThat(refused.getFlashMap().get("errorField")).isEqualTo("file");
        }
        assertThat(sealedPages()).as("nothing kept").isZero();
        var refused = send(
                "xhcy",
                multipart("/nominations/" + nomination + "/sealed-page")
                        .file(new MockMultipartFile("file", "盖章页.pdf", "application/pdf", html)));
        assertThat(back(refused, "xhcy", "zh_CN")).contains("盖章页只接受 PDF、JPG、PNG 文件");
        var jpeg = new MockMultipartFile("file", "scan.jpg", "image/jpeg", image("jpg"));
        assertThat(error(send(
                        "xhcy",
                        multipart("/nominations/" + nomination + "/sealed-page").file(jpeg))))
                .isNull();
        assertThat(sealedPages()).isEqualTo(1);
    }

    private static byte[] png() throws Exception {
        return image("png");
    }

    private static byte[] image(String format) throws Exception {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
