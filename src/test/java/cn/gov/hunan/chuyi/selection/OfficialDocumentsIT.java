package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The official documents on PostgreSQL, read back from the PDFs: the 申报书 of a demo nomination for its school and
 * nobody else's; the 文号 province staff set (a malformed one refused, the form keeping what was typed) printed on the
 * public 公示 notice and on the 立项 list once the round closed.
 */
class OfficialDocumentsIT extends PostgresIntegrationTest {

    private static String text(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return pdf.getNumberOfPages() + "\n" + new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theSchoolReadsItsApplicationBackAndNoOtherSchoolGetsIt() throws Exception {
        long draft = jdbc.queryForObject("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                where o.name = '新化县楚怡工业学校' and n.member_specialties is not null order by n.id limit 1""", Long.class);
        String title = jdbc.queryForObject("select title from nomination where id = ?", String.class, draft);
        var result = mvc.perform(
                        get("/nominations/" + draft + "/application.pdf").with(users.as("xhcy")))
                .andReturn();
        String text = text(result);
        assertThat(Integer.parseInt(text.substring(0, text.indexOf('\n')))).isGreaterThanOrEqualTo(3);
        assertThat(text).contains("申报书", "新化县楚怡工业学校", title, "三、附件清单", "单位（盖章）");
        // the programme's own parts are printed as typed, not as "—" (a map looked up by the literal key "part")
        String members =
                jdbc.queryForObject("select member_specialties from nomination where id = ?", String.class, draft);
        assertThat(members).isNotBlank();
        assertThat(text).contains(members.split("、")[0]);
        assertThat(mvc.perform(get("/nominations/" + draft + "/application.pdf").with(users.as("hngy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theNumbersStaffSetArePrintedOnTheNoticeAndTheDesignationList() throws Exception {
        var notice =
                PublicityRounds.inPublicity(jdbc, "CULTURE_BASE", "文号测试 " + System.nanoTime(), "厅长办公会", "湖南工业职业技术学院");
        long round = notice.roundId();
        long version = jdbc.queryForObject("select version from selection_round where id = ?", Long.class, round);

        var refused = mvc.perform(post("/rounds/" + round + "/documents")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("noticeNumber", "湘教通[2026]012号")
                        .param("designationNumber", "")
                        .param("version", String.valueOf(version)))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("湘教通[2026]012号", "is-invalid");
        assertThat(jdbc.queryForObject("select notice_number from selection_round where id = ?", String.class, round))
                .isNull();

        var saved = mvc.perform(post("/rounds/" + round + "/documents")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("noticeNumber", "湘教通〔2026〕12号")
                        .param("designationNumber", "湘教发〔2026〕20号")
                        .param("version", String.valueOf(version)))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + round + "/documents");

        // the notice is public while the 公示 runs: no account needed
        String noticeText =
                text(mvc.perform(get("/publicity/" + round + "/notice.pdf")).andReturn());
        assertThat(noticeText).contains("湘教通〔2026〕12号", "湖南工业职业技术学院", "公示");

        // the designation list waits for the round to close
        assertThat(mvc.perform(get("/rounds/" + round + "/designation.pdf").with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        jdbc.update("update selection_round set status = 'CLOSED' where id = ?", round);
        jdbc.update("update nomination set status = 'DESIGNATED' where round_id = ?", round);
        String list =
                text(mvc.perform(get("/rounds/" + round + "/designation.pdf").with(users.as("admin")))
                        .andReturn());
        assertThat(list).contains("湘教发〔2026〕20号", "湖南工业职业技术学院", "立项");
        // a school cannot set numbers
        assertThat(mvc.perform(get("/rounds/" + round + "/documents").with(users.as("xhcy")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
