package cn.gov.hunan.chuyi.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** Uploads are judged by content and size, stored with a SHA-256, and served only to those who may read. */
class AttachmentUploadIT extends PostgresIntegrationTest {

    long draft;

    @BeforeEach
    void aDraftOfXinhua() {
        // the demo draft of 新化县楚怡工业学校 in the open secondary-specialty round; a fresh one if a test submitted it
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

    private MvcResult upload(String user, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/nominations/" + draft + "/attachments")
                        .file(file)
                        .with(users.as(user))
                        .with(csrf())
                        .header("Referer", "http://localhost/nominations/" + draft))
                .andReturn();
    }

    private int attachments() {
        return jdbc.queryForObject(
                "select count(*) from nomination_attachment where nomination_id = ?", Integer.class, draft);
    }

    @Test
    void aRenamedExecutableIsRefusedWithAClearMessage() throws Exception {
        int before = attachments();
        var result = upload(
                "xhcy",
                new MockMultipartFile("file", "申报书.pdf", "application/pdf", Files.readAllBytes(Path.of("/bin/ls"))));
        assertThat(result.getFlashMap().get("errorKey")).isEqualTo("attachment.error.type");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/nominations/" + draft);
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void anOversizedFileIsRefused() throws Exception {
        int before = attachments();
        byte[] big = new byte[21 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes();
        System.arraycopy(header, 0, big, 0, header.length);
        var result = upload("xhcy", new MockMultipartFile("file", "big.pdf", "application/pdf", big));
        assertThat(result.getFlashMap().get("errorKey")).isEqualTo("attachment.error.tooLarge");
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsStoredWithItsHashAndDownloadedOnlyByThoseWhoMayRead() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        var result = upload("xhcy", new MockMultipartFile("file", "../../etc/申报书.pdf", "text/html", pdf));
        assertThat(result.getFlashMap().get("errorKey")).isNull();
        var row = jdbc.queryForMap(
                "select id, original_name, content_type, sha256, size_bytes from nomination_attachment "
                        + "where nomination_id = ? order by id desc limit 1",
                draft);
        assertThat(row.get("original_name")).isEqualTo("申报书.pdf");
        assertThat(row.get("content_type"))
                .as("the detected type, not the browser's")
                .isEqualTo("application/pdf");
        assertThat(row.get("sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        long id = ((Number) row.get("id")).longValue();
        String url = "/nominations/" + draft + "/attachments/" + id;

        var download = mvc.perform(get(url).with(users.as("xhcy"))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentType()).isEqualTo("application/pdf");

        for (String stranger : new String[] {"hngy", "changsha", "expert1", "inspector1", "auditor"}) {
            int status = mvc.perform(get(url).with(users.as(stranger)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(stranger).isIn(403, 404);
        }
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus())
                .as("anonymous")
                .isEqualTo(302);
    }
}
