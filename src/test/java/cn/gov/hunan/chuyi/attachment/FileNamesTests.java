package cn.gov.hunan.chuyi.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** A file's name ends with the extension of what it really is; the rest of the name, Chinese included, is kept. */
class FileNamesTests {

    @Test
    void extensionsThatAreNotTheDetectedTypesAreDroppedAndTheTypesIsAppended() {
        assertThat(FileNames.forType("invoice.pdf.exe", FileType.PDF)).isEqualTo("invoice.pdf");
        assertThat(FileNames.forType("payload.html", FileType.PDF)).isEqualTo("payload.pdf");
        assertThat(FileNames.forType("scan.jpg", FileType.PNG)).isEqualTo("scan.png");
        assertThat(FileNames.forType("a.pdf.html.exe", FileType.PDF)).isEqualTo("a.pdf");
        assertThat(FileNames.forType("report.docx.pdf", FileType.DOCX)).isEqualTo("report.docx");
        assertThat(FileNames.forType("申报书", FileType.PDF)).isEqualTo("申报书.pdf");
        assertThat(FileNames.forType("申报书.pdf", FileType.PDF)).isEqualTo("申报书.pdf");
        assertThat(FileNames.forType("长沙市 2026年度 报告（定稿）.docx", FileType.DOCX)).isEqualTo("长沙市 2026年度 报告（定稿）.docx");
        assertThat(FileNames.forType("photo.JPEG", FileType.JPEG)).isEqualTo("photo.JPEG");
        assertThat(FileNames.forType("photo.jpeg", FileType.PNG)).isEqualTo("photo.png");
    }

    @Test
    void numbersAreNotExtensionsAndWindowsTricksDoNotSurvive() {
        assertThat(FileNames.forType("方案v1.2", FileType.DOCX)).isEqualTo("方案v1.2.docx");
        assertThat(FileNames.forType("invoice.exe. . ", FileType.PDF))
                .as("Windows drops trailing dots and spaces")
                .isEqualTo("invoice.pdf");
        assertThat(FileNames.forType("invoice\u202Efdp.exe", FileType.PDF))
                .as("no right-to-left override")
                .isEqualTo("invoicefdp.pdf");
        assertThat(FileNames.forType("../../etc/申报书.pdf", FileType.PDF)).isEqualTo("申报书.pdf");
        assertThat(FileNames.forType("C:\\Users\\王\\a\"b<c>.pdf", FileType.PDF)).isEqualTo("abc.pdf");
        assertThat(FileNames.forType("line\r\nbreak.pdf", FileType.PDF)).isEqualTo("linebreak.pdf");
        assertThat(FileNames.forType(".exe", FileType.PDF)).isEqualTo("attachment.pdf");
        assertThat(FileNames.forType(null, FileType.XLSX)).isEqualTo("attachment.xlsx");
        String longName = "很".repeat(300) + ".pdf.exe";
        assertThat(FileNames.forType(longName, FileType.PDF))
                .hasSize(FileNames.MAX_LENGTH)
                .endsWith("很.pdf");
        assertThat(FileNames.forType("a" + "😀".repeat(150) + ".pdf", FileType.PDF))
                .as("no half character")
                .hasSize(FileNames.MAX_LENGTH - 1)
                .endsWith("😀.pdf");
    }

    @Test
    void theDispositionCarriesTheExactNameEncodedAndAnAsciiStandIn() {
        String header = FileNames.attachmentHeader("申报书 (1);x.pdf");
        assertThat(header)
                .isEqualTo("attachment; filename=\"attachment.pdf\"; filename*=UTF-8''"
                        + "%E7%94%B3%E6%8A%A5%E4%B9%A6%20%281%29%3Bx.pdf");
        assertThat(header).matches("\\p{ASCII}+");
        var parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("申报书 (1);x.pdf");
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(FileNames.attachmentHeader("report-2026 (final).pdf"))
                .isEqualTo(
                        "attachment; filename=\"report-2026 (final).pdf\"; filename*=UTF-8''report-2026%20%28final%29.pdf");
    }

    @Test
    void aDownloadIsNamedByItsStoredTypeEvenIfStoredBeforeThisRule() {
        var response = Downloads.attachment("invoice.pdf.exe", "application/pdf", null);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("invoice.pdf");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
