package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockMultipartFile;

/**
 * What the slice tests of every import page share (the province's imports, the city's school figures): a report as the
 * service hands it, the pages' records, the files a user sends, and the refusal of a file that is no workbook.
 */
public final class ImportFixtures {

    /** When every report of these tests was uploaded. */
    public static final LocalDateTime UPLOADED_AT = LocalDateTime.of(2026, 12, 1, 9, 30);

    private ImportFixtures() {}

    /** A checked upload of {@code rows} rows by {@code uploadedBy}; it may be applied when it has no problem. */
    public static ImportReport report(String fileName, int rows, String uploadedBy, List<RowProblem> problems) {
        boolean mayApply = problems.isEmpty();
        return new ImportReport(
                7,
                fileName,
                mayApply ? "imports.status.CHECKED" : "imports.status.INVALID",
                rows,
                problems.size(),
                problems,
                false,
                null,
                new Object[0],
                uploadedBy,
                UPLOADED_AT,
                null,
                null,
                0,
                false,
                mayApply,
                false);
    }

    /** The report page of {@code report} at {@code base}, naming each column by {@code headers}. */
    public static ImportReportPage reportPage(
            String base, ImportReport report, Map<String, String> headers, String confirmKey) {
        return new ImportReportPage(base, report, headers, confirmKey);
    }

    /** An earlier upload for the history, applied by {@code uploadedBy}. */
    public static ImportLine applied(long id, String fileName, int rows, String uploadedBy) {
        return new ImportLine(
                id,
                fileName,
                "imports.status.APPLIED",
                rows,
                0,
                uploadedBy,
                UPLOADED_AT,
                uploadedBy,
                UPLOADED_AT,
                true);
    }

    /** A file as the browser sends it (the content does not matter to a slice: the service is a mock). */
    public static MockMultipartFile workbook() {
        return new MockMultipartFile("file", "a.xlsx", "application/octet-stream", new byte[] {1});
    }

    /** A PDF sent to an import. */
    public static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "说明.pdf", "application/pdf", "%PDF-1.4".getBytes());
    }

    /** What the imports' service says of a file that is no .xlsx (the attachment module's refusal, the import's words). */
    public static AttachmentRejected notAWorkbook() {
        return new AttachmentRejected(ImportService.NOT_XLSX).at("file");
    }

    /** What the page then says, in each language. */
    public static final String NOT_XLSX_ZH = "导入只接受 Excel 工作簿（.xlsx）";

    public static final String NOT_XLSX_EN = "an import takes only an Excel workbook (.xlsx)";

    /** The list of types other uploads accept, which an import's refusal must not repeat. */
    public static final String OTHER_TYPES = "PDF、JPG、PNG";
}
