package cn.gov.hunan.chuyi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text a user typed never becomes a formula in a CSV or Excel export; numbers stay numbers. */
class FormulaInjectionTests {

    static final List<String> ATTACKS = List.of(
            "=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "\t=1+1", "\r=1+1");

    @Test
    void theNeutraliserQuotesWhatStartsLikeAFormulaAndNothingElse() {
        for (String attack : ATTACKS) {
            assertThat(CellText.startsLikeFormula(attack)).as(attack).isTrue();
            assertThat(CellText.forCsv(attack)).as(attack).isEqualTo("'" + attack);
        }
        for (String harmless : new String[] {"长沙市", "a=b", "2+3", " =1", "", "'already"}) {
            assertThat(CellText.forCsv(harmless)).as(harmless).isEqualTo(harmless);
        }
        assertThat(CellText.forCsv(null)).isNull();
    }

    @Test
    void aCsvFieldStartingLikeAFormulaIsQuotedButANegativeNumberStaysANumber() throws Exception {
        var csv = new CsvFile(List.of("=header", "值"));
        for (String attack : ATTACKS) {
            csv.row(attack, -5);
        }
        String text = new String(csv.toBytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("'=header");
        for (int i = 0; i < ATTACKS.size(); i++) {
            assertThat(records.get(i + 1).get(0)).isEqualTo("'" + ATTACKS.get(i));
            assertThat(records.get(i + 1).get(1)).isEqualTo("-5");
        }
    }

    @Test
    void anExcelTextCellStartingLikeAFormulaIsAQuotePrefixedStringNeverAFormula() throws Exception {
        var sheet = new Spreadsheet("表").header(List.of("=header", "数"));
        for (String attack : ATTACKS) {
            sheet.row(attack, new BigDecimal("-2"));
        }
        sheet.row("长沙市", 3);
        byte[] bytes = sheet.toBytes();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=header");
            assertThat(rows.getRow(0).getCell(0).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(rows.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .as("still a header")
                    .isTrue();
            for (int i = 0; i < ATTACKS.size(); i++) {
                var cell = rows.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue())
                        .as("exactly what was typed")
                        .isEqualTo(ATTACKS.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as(ATTACKS.get(i))
                        .isTrue();
                assertThat(rows.getRow(i + 1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(rows.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(-2);
            }
            var plain = rows.getRow(ATTACKS.size() + 1).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                            .doesNotContain("<f>")
                            .doesNotContain("<f ");
                }
            }
        }
    }
}
