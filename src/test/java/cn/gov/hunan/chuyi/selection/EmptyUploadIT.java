package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A chosen file that holds nothing (0 bytes) is refused with a message that says so, naming the file, beside the
 * file field; it is not mistaken for "no file chosen".
 */
class EmptyUploadIT extends PostgresIntegrationTest {

    @Test
    void anEmptyFileIsRefusedAsEmptyNotAsMissing() throws Exception {
        Long draft = jdbc.query("""
                select n.id from nomination n join organization o on o.id = n.organization_id
                join selection_round r on r.id = n.round_id
                where o.name = '新化县楚怡工业学校' and r.status = 'OPEN' and n.status in ('DRAFT', 'RETURNED') order by n.id limit 1""", rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(draft).as("the demo draft of Xinhua").isNotNull();
        String path = "/nominations/" + draft;
        int before = jdbc.queryForObject(
                "select count(*) from nomination_attachment where nomination_id = ?", Integer.class, draft);

        var refused = mvc.perform(multipart(path + "/attachments")
                        .file(new MockMultipartFile("file", "申报书.pdf", "application/pdf", new byte[0]))
                        .with(users.as("xhcy"))
                        .with(csrf())
                        .header("Referer", "http://localhost" + path))
                .andReturn();
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("attachment.error.empty");
        assertThat(refused.getFlashMap().get("errorField")).isEqualTo("file");
        assertThat(jdbc.queryForObject(
                        "select count(*) from nomination_attachment where nomination_id = ?", Integer.class, draft))
                .isEqualTo(before);
        String page = mvc.perform(get(path)
                        .with(users.as("xhcy"))
                        .cookie(refused.getResponse().getCookie(SessionCookie.NAME)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("id=\"file-refusal\"[^>]*>所选文件“申报书.pdf”是空的（0 字节）")
                .doesNotContain("请选择要上传的文件");

        var none = mvc.perform(multipart(path + "/attachments")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(users.as("xhcy"))
                        .with(csrf())
                        .header("Referer", "http://localhost" + path))
                .andReturn();
        assertThat(none.getFlashMap().get("errorKey")).isEqualTo("attachment.error.missing");
    }
}
