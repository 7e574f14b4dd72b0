package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Numbers stay numbers, dates stay dates, times are in the portal's zone, blanks stay blank. */
class SpreadsheetTests {

    @Test
    void cellsKeepTheirTypes() throws Exception {
        byte[] bytes = new Spreadsheet("表")
                .header(List.of("数", "日期", "时间", "文字", "空"))
                .row(
                        new BigDecimal("88.50"),
                        LocalDate.of(2026, 1, 31),
                        Instant.parse("2026-03-01T16:30:00Z"),
                        "长沙市",
                        null)
                .toBytes();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheet("表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("数");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(88.5);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 30));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("长沙市");
            assertThat(row.getCell(4)).isNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }
}
