package cn.gov.hunan.chuyi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The file checks every import shares: a formula, a merged header, a wrong sheet, a wrong type, too many rows, a header
 * that is not the template's, a file that is no workbook — each refused with a message, never an exception the user
 * would see as a server error; and the template reads back.
 */
class ImportFileChecksTests {

    private static final Labels LABELS = labels();

    private static Labels labels() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/imports", "i18n/organization", "i18n/figuresimport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Labels(messages);
    }

    /** A roster of name, count, code and a yes/no flag. */
    record Line(String name, BigDecimal count, String code, boolean flag) {}

    static final class TestSpec implements ImportSpec<Line> {

        @Override
        public ImportKind kind() {
            return ImportKind.ORGANIZATIONS;
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(
                    ImportColumn.text("imports.org.name", true, 10),
                    ImportColumn.number("t.count", false),
                    ImportColumn.strictText("imports.org.creditCode", false, 18),
                    ImportColumn.yesNo("imports.org.provinceRun"));
        }

        @Override
        public List<String> instructions() {
            return List.of("imports.template.general", "imports.template.limit");
        }

        @Override
        public Line row(ImportRow row, Problems problems) {
            return new Line(
                    row.text("imports.org.name"),
                    row.number("t.count"),
                    row.text("imports.org.creditCode"),
                    row.yes("imports.org.provinceRun"));
        }

        @Override
        public void all(List<Numbered<Line>> rows, String scope, Problems problems) {}

        @Override
        public void apply(List<Line> rows, String scope, String fileName, PortalUser actor) {}
    }

    private static final List<Object> HEADER = List.of("组织名称", "t.count", "统一社会信用代码", "省属");

    private static ImportReading.Result<Line> read(byte[] workbook, int maxRows) {
        return new ImportReading<>(new TestSpec(), LABELS).read(Workbooks.file(workbook), "all", maxRows);
    }

    private static List<List<Object>> rows(List<Object> header, List<Object>... data) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header);
        rows.addAll(List.of(data));
        return rows;
    }

    @Test
    void aCleanFileIsReadRowByRowWithItsTypes() {
        var result = read(
                Workbooks.sheet(
                        "数据", rows(HEADER, List.of("甲", 12, "91350100M000100Y43", "是"), List.of("乙", 3.5, "", "否"))),
                100);
        assertThat(result.problems().none()).isTrue();
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.values())
                .containsExactly(
                        new Line("甲", new BigDecimal("12.0"), "91350100M000100Y43", true),
                        new Line("乙", new BigDecimal("3.5"), null, false));
    }

    @Test
    void aFileInEnglishIsReadToo() {
        var result = read(
                Workbooks.sheet(
                        "Data",
                        rows(
                                List.of("Name", "t.count", "Unified social credit code", "Province-run"),
                                List.of("A", 1, "X", "yes"))),
                100);
        assertThat(result.problems().none()).isTrue();
        assertThat(result.values()).extracting(Line::flag).containsExactly(true);
    }

    @Test
    void aFormulaIsRefusedNamingTheCell() {
        byte[] file = Workbooks.sheet(
                "数据",
                rows(HEADER, List.of("甲", 1, "X", "是")),
                sheet -> sheet.getRow(1).getCell(1).setCellFormula("1+1"));
        assertThatThrownBy(() -> read(file, 100)).isInstanceOfSatisfying(ImportRefused.class, r -> {
            assertThat(r.messageKey()).isEqualTo("imports.error.formula");
            assertThat(r.arguments()).containsExactly("B2");
        });
    }

    @Test
    void aMergedHeaderIsRefused() {
        byte[] file = Workbooks.sheet(
                "数据",
                rows(HEADER, List.of("甲", 1, "X", "是")),
                sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("A1:B1")));
        assertThatThrownBy(() -> read(file, 100)).isInstanceOfSatisfying(ImportRefused.class, r -> {
            assertThat(r.messageKey()).isEqualTo("imports.error.merged");
            assertThat(r.arguments()).containsExactly("A1:B1");
        });
    }

    @Test
    void aWorkbookWithoutTheDataSheetIsRefusedNamingTheSheet() {
        assertThatThrownBy(() -> read(Workbooks.sheet("Sheet1", rows(HEADER, List.of("甲", 1, "X", "是"))), 100))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("imports.error.sheet");
                    assertThat(r.arguments()).containsExactly("数据 / Data");
                });
    }

    @Test
    void aCellOfTheWrongTypeIsAProblemOfItsRowAndColumn() {
        var result = read(
                Workbooks.sheet(
                        "数据", rows(HEADER, List.of("甲", "twelve", "X", "是"), List.of("乙", 1, 913501001234L, "也许"))),
                100);
        assertThat(result.problems().kept())
                .containsExactly(
                        new RowProblem(2, "t.count", "imports.problem.number", List.of("twelve")),
                        new RowProblem(3, "imports.org.creditCode", "imports.problem.text", List.of()),
                        new RowProblem(3, "imports.org.provinceRun", "imports.problem.yesNo", List.of("也许")));
        assertThat(result.values()).isEmpty();
    }

    @Test
    void requiredAndLengthAreCheckedPerCell() {
        var result = read(
                Workbooks.sheet("数据", rows(HEADER, List.of("", 1, "X", "是"), List.of("十一个字的组织名称很长", 1, "X", "是"))),
                100);
        assertThat(result.problems().kept())
                .containsExactly(
                        new RowProblem(2, "imports.org.name", "imports.problem.required", List.of()),
                        new RowProblem(3, "imports.org.name", "imports.problem.tooLong", List.of("10")));
    }

    @Test
    void moreRowsThanAllowedAreRefused() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 6; i++) {
            rows.add(List.of("甲" + i, i, "X", "是"));
        }
        assertThatThrownBy(() -> read(Workbooks.sheet("数据", rows), 5))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("imports.error.tooManyRows");
                    assertThat(r.arguments()).containsExactly(5);
                });
    }

    @Test
    void aHeaderThatIsNotTheTemplatesIsRefusedNamingTheCell() {
        assertThatThrownBy(() -> read(
                        Workbooks.sheet("数据", rows(List.of("组织名称", "数量", "代码", "省属"), List.of("甲", 1, "X", "是"))), 100))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("imports.error.header");
                    assertThat(r.arguments()).containsExactly("B1", "t.count");
                });
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> read("name,count\n甲,1\n".getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOfSatisfying(
                        ImportRefused.class, r -> assertThat(r.messageKey()).isEqualTo("imports.error.unreadable"));
    }

    @Test
    void theTemplateReadsBackInEitherLanguageAndOnlyLacksRows() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            byte[] template = TemplateWorkbook.build(new TestSpec(), LABELS, locale, 100);
            assertThatThrownBy(() -> read(template, 100))
                    .isInstanceOfSatisfying(
                            ImportRefused.class, r -> assertThat(r.messageKey()).isEqualTo("imports.error.empty"));
        }
    }

    @Test
    void whollyEmptyRowsLeftFormattedInExcelAreSkippedAndNotCounted() throws Exception {
        byte[] file;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("数据");
            var style = workbook.createCellStyle();
            style.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c).toString());
            }
            var data = sheet.createRow(1);
            data.createCell(0).setCellValue("甲");
            data.createCell(3).setCellValue("是");
            for (int r = 2; r < 40; r++) {
                var row = sheet.createRow(r);
                row.setRowStyle(style);
                for (int c = 0; c < 6; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(style);
                    if (r % 4 == 1) {
                        cell.setCellValue("");
                    } else if (r % 4 == 2) {
                        cell.setCellValue(" \u00a0\u3000\u200b");
                    }
                }
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        var result = read(file, 100);
        assertThat(result.problems().none()).isTrue();
        assertThat(result.rows()).isEqualTo(1);
    }

    /** A column named after data (an indicator's figure): its header is a message with arguments. */
    static class HeadedSpec implements ImportSpec<BigDecimal> {

        static final ImportColumn FIGURE =
                ImportColumn.number("1.双师型教师数", true).headed("supervision.figuresImport.header.numerator", 1, "双师型教师数");

        @Override
        public ImportKind kind() {
            return ImportKind.SCHOOL_FIGURES;
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(FIGURE);
        }

        @Override
        public List<String> instructions() {
            return List.of();
        }

        @Override
        public BigDecimal row(ImportRow row, Problems problems) {
            return row.number(FIGURE.key());
        }

        @Override
        public void all(List<Numbered<BigDecimal>> rows, String scope, Problems problems) {}

        @Override
        public void apply(List<BigDecimal> rows, String scope, String fileName, PortalUser actor) {}
    }

    /**
     * The school-figures template called the credit code 选填 (optional) while a row that gives figures is refused
     * without it: a column that the row rule requires only in some rows says so in the instructions, in both languages.
     */
    @Test
    void aColumnRequiredOnlyInSomeRowsIsDescribedSoInTheTemplate() throws Exception {
        var code = ImportColumn.strictText("supervision.figuresImport.creditCode", false, 18)
                .requiredWhen("supervision.figuresImport.creditCode.required");
        var spec = new HeadedSpec() {
            @Override
            public List<ImportColumn> columns() {
                return List.of(code, FIGURE);
            }
        };
        assertThat(instructions(TemplateWorkbook.build(spec, LABELS, Locale.SIMPLIFIED_CHINESE, 100)))
                .contains("统一社会信用代码 — 填写了数据的行必填（只核对名称、不填数据的行可留空）", "1.双师型教师数 — 必填")
                .noneMatch(line -> line.startsWith("统一社会信用代码 — 选填"));
        assertThat(instructions(TemplateWorkbook.build(spec, LABELS, Locale.ENGLISH, 100)))
                .contains(
                        "Unified social credit code — required in a row that gives figures (a row that gives none may"
                                + " leave it empty)",
                        "1. Numerator: 双师型教师数 — required");
        // a column without one is still required or optional as it says
        assertThat(ImportColumn.text("x", false, 10).requirement()).isNull();
    }

    private static List<String> instructions(byte[] template) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheetAt(2).forEach(row -> lines.add(row.getCell(0).getStringCellValue()));
        }
        return lines;
    }

    @Test
    void aHeaderBuiltFromDataFollowsTheReadersLanguageAndIsReadBackInEither() {
        var spec = new HeadedSpec();
        assertThat(LABELS.header(Locale.SIMPLIFIED_CHINESE, HeadedSpec.FIGURE)).isEqualTo("1.双师型教师数");
        assertThat(LABELS.header(Locale.ENGLISH, HeadedSpec.FIGURE)).isEqualTo("1. Numerator: 双师型教师数");
        for (String header : List.of("1.双师型教师数", "1. Numerator: 双师型教师数")) {
            var result = new ImportReading<>(spec, LABELS)
                    .read(Workbooks.file(Workbooks.sheet("Data", List.of(List.of(header), List.of(40)))), "1", 100);
            assertThat(result.values()).containsExactly(new BigDecimal("40.0"));
        }
        assertThatThrownBy(() -> new ImportReading<>(spec, LABELS)
                        .read(Workbooks.file(Workbooks.sheet("数据", List.of(List.of("双师型教师数"), List.of(40)))), "1", 100))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        r -> assertThat(r.arguments()).containsExactly("A1", "1.双师型教师数 / 1. Numerator: 双师型教师数"));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            byte[] template = TemplateWorkbook.build(spec, LABELS, locale, 100);
            assertThatThrownBy(() -> new ImportReading<>(spec, LABELS).read(Workbooks.file(template), "1", 100))
                    .isInstanceOfSatisfying(
                            ImportRefused.class, r -> assertThat(r.messageKey()).isEqualTo("imports.error.empty"));
        }
    }
}
