package cn.gov.hunan.chuyi.selection.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The assignment sheet read as a stream: what each row says, what is wrong where, and the limits. */
class AssignmentSheetTests {

    private static AssignmentSheet.Reading read(byte[] bytes) {
        return AssignmentSheet.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] sheet(Object[]... rows) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("分配");
            sheet.createRow(0).createCell(0).setCellValue("申报编号");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof String text && text.startsWith("=")) {
                        cell.setCellFormula(text.substring(1));
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            // a second sheet is never read
            workbook.createSheet("专家库").createRow(1).createCell(1).setCellValue("expert9");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsNumbersAndNamesAndLeavesRowsWithoutAnExpert() throws Exception {
        var reading = read(sheet(
                new Object[] {12, "expert1", "数控技术应用专业"},
                new Object[] {"13", " expert2 "},
                new Object[] {14, null, "模板行，未分配"},
                new Object[] {null, null}));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.lines())
                .containsExactly(
                        new AssignmentSheet.Line(2, 12, "expert1"), new AssignmentSheet.Line(3, 13, "expert2"));
    }

    @Test
    void namesEachProblemWithItsRowAndColumnAndNeverEvaluatesAFormula() throws Exception {
        var reading = read(sheet(
                new Object[] {"十二", "expert1"},
                new Object[] {"=1+1", "expert1"},
                new Object[] {15, "=\"expert\"&\"1\""},
                new Object[] {16, 42},
                new Object[] {null, "expert3"}));
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.problems())
                .containsExactly(
                        new AssignmentSheet.Problem(2, "A", "selection.batch.sheet.number", "十二"),
                        new AssignmentSheet.Problem(3, "A", "selection.batch.sheet.number", "=1+1"),
                        new AssignmentSheet.Problem(4, "B", "selection.batch.sheet.expertMissing", "=\"expert\"&\"1\""),
                        new AssignmentSheet.Problem(5, "B", "selection.batch.sheet.expertMissing", "42.0"),
                        new AssignmentSheet.Problem(6, "A", "selection.batch.sheet.number", ""));
    }

    @Test
    void stopsReadingAtTheFirstRowPastTheLimit() throws Exception {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("分配");
            sheet.createRow(0).createCell(0).setCellValue("申报编号");
            for (int r = 1; r <= AssignmentSheet.MAX_ROWS + 50; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("expert1");
            }
            workbook.write(out);
            workbook.dispose();
            var reading = read(out.toByteArray());
            assertThat(reading.problems())
                    .containsExactly(new AssignmentSheet.Problem(
                            AssignmentSheet.MAX_ROWS + 2, "A", "selection.batch.sheet.tooLong", "5000"));
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadableAndAnEmptySheetSaysSo() throws Exception {
        assertThat(read("MZ this is a program".getBytes(StandardCharsets.US_ASCII))
                        .problems())
                .extracting(AssignmentSheet.Problem::messageKey)
                .containsExactly("selection.batch.sheet.unreadable");
        assertThat(read("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(AssignmentSheet.Problem::messageKey)
                .containsExactly("selection.batch.sheet.unreadable");
        assertThat(read(sheet()).problems())
                .extracting(AssignmentSheet.Problem::messageKey)
                .containsExactly("selection.batch.sheet.empty");
    }
}
