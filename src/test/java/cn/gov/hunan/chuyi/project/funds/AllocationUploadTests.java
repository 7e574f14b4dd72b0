package cn.gov.hunan.chuyi.project.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.project.FundSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Allocations from Excel: every row checked, a problem named by row and column, nothing kept when one is wrong. */
class AllocationUploadTests {

    private AllocationUpload upload;

    @BeforeEach
    void upload() {
        var messages = new StaticMessageSource();
        messages.addMessage("FundSource.PROVINCIAL", Locale.SIMPLIFIED_CHINESE, "省级财政");
        messages.addMessage("FundSource.CITY", Locale.SIMPLIFIED_CHINESE, "市州/举办方");
        messages.addMessage("FundSource.PROVINCIAL", Locale.ENGLISH, "Provincial finance");
        FundRates rates = mock(FundRates.class);
        when(rates.existingProjects(any())).thenReturn(List.of(1L, 2L));
        upload = new AllocationUpload(messages, rates);
    }

    static byte[] workbook(Object[]... rows) throws IOException {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("下达资金");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("项目编号");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private AllocationUpload.Result read(Object[]... rows) throws IOException {
        return upload.read(new ByteArrayInputStream(workbook(rows)));
    }

    @Test
    void readsNumbersTextAndSourcesByNameOrLabel() throws IOException {
        var result = read(
                new Object[] {1, 2025, "省级财政", 2000000, "湘财教〔2025〕8号"},
                new Object[] {"2", "2024", "CITY", "1,500,000.50", null},
                new Object[] {},
                new Object[] {2, 2025, "Provincial finance", 300000.25});
        assertThat(result.accepted()).isTrue();
        assertThat(result.rows())
                .extracting(r -> r.number(), r -> r.projectId(), r -> r.values().source())
                .containsExactly(
                        tuple(2, 1L, FundSource.PROVINCIAL),
                        tuple(3, 2L, FundSource.CITY),
                        tuple(5, 2L, FundSource.PROVINCIAL));
        assertThat(result.rows().get(1).values().amount()).isEqualByComparingTo("1500000.50");
        assertThat(result.rows().get(1).values().document()).isNull();
    }

    @Test
    void anErrorRowIsRefusedWithItsRowAndColumnAndNothingIsKept() throws IOException {
        var result = read(
                new Object[] {1, 2025, "省级财政", 2000000},
                new Object[] {2, 2025, "省级财政", "两百万"},
                new Object[] {3, 1990, "银行贷款", 100},
                new Object[] {9, 2025, "市州/举办方", 100});
        assertThat(result.accepted()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(p -> p.row(), p -> p.column(), p -> p.messageKey())
                .containsExactly(
                        tuple(3, "D", "funds.error.amount"),
                        tuple(4, "B", "funds.error.year"),
                        tuple(4, "C", "funds.error.source"),
                        tuple(5, "A", "funds.upload.error.unknownProject"));
        assertThat(result.problems().get(0).columnKey()).isEqualTo("funds.field.amount");
    }

    @Test
    void aFileThatIsNoWorkbookOrHasNoRowsIsRefused() throws IOException {
        assertThat(upload.read(new ByteArrayInputStream("not a workbook".getBytes()))
                        .problems())
                .extracting(p -> p.messageKey())
                .containsExactly("funds.upload.error.file");
        assertThat(read().problems()).extracting(p -> p.messageKey()).containsExactly("funds.upload.error.empty");
    }
}
