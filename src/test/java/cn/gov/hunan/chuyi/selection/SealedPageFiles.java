package cn.gov.hunan.chuyi.selection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The signed and sealed page (单位盖章) every submission now needs (issue #18): a small real PDF, as a form's file, as
 * an upload to a nomination, or as a file on disk for a browser to choose.
 */
public final class SealedPageFiles {

    /** A one-page PDF reading "Signed and sealed page". */
    public static final byte[] PDF = pdf();

    private SealedPageFiles() {}

    /** The file as the sealed-page form posts it (field "file"). */
    public static MockMultipartFile upload() {
        return new MockMultipartFile("file", "盖章页.pdf", "application/pdf", PDF);
    }

    /** The upload of the sealed page to a nomination; the caller adds who sends it (and CSRF). */
    public static MockMultipartHttpServletRequestBuilder uploadTo(long nominationId) {
        return multipart("/nominations/" + nominationId + "/sealed-page").file(upload());
    }

    /** The PDF written into a folder (a test's {@code @TempDir}), for a browser's file input. */
    public static Path inFolder(Path folder) {
        try {
            return Files.write(folder.resolve("sealed-page.pdf"), PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what issue #18 keeps with the nominations a test is about to delete (they reference them): the submitted
     * copies, then the sealed pages and PDFs. {@code nominationIds} is a subquery of their ids, with its arguments.
     */
    public static void forget(JdbcTemplate jdbc, String nominationIds, Object... arguments) {
        jdbc.update("delete from nomination_submitted_copy where nomination_id in (" + nominationIds + ")", arguments);
        jdbc.update("delete from nomination_document where nomination_id in (" + nominationIds + ")", arguments);
    }

    private static byte[] pdf() {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Signed and sealed page");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
