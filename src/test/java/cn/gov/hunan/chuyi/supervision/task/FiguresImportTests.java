package cn.gov.hunan.chuyi.supervision.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.imports.ImportRow;
import cn.gov.hunan.chuyi.imports.ImportSpec.Numbered;
import cn.gov.hunan.chuyi.imports.Problems;
import cn.gov.hunan.chuyi.imports.RowProblem;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory.CodedOrganization;
import cn.gov.hunan.chuyi.supervision.People;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rules of a row of the city's workbook of school figures, and of the file as a whole. */
class FiguresImportTests {

    static final String LOUDI_SCHOOL = "124313009000000015";
    static final String OTHER_LOUDI_SCHOOL = "124313009000000028";
    static final String CHANGSHA_SCHOOL = "91430100MA4L00001J";
    static final String ENTERPRISE = "12431300900000003B";
    static final String UNKNOWN = "12431300900000004E";

    static final List<IndicatorView> INDICATORS = List.of(
            new IndicatorView(11L, "双师型教师比例", new BigDecimal("30"), null, "双师型教师数", "专业课教师数", new BigDecimal("50")),
            new IndicatorView(12L, "政策保障", new BigDecimal("20"), null, null, null, null),
            new IndicatorView(13L, "企业兼职教师比例", new BigDecimal("50"), null, "企业兼职教师数", "专任教师数", null));

    static final String NUM_1 = "1.双师型教师数";
    static final String DEN_1 = "1.专业课教师数";
    static final String NUM_3 = "3.企业兼职教师数";
    static final String DEN_3 = "3.专任教师数";

    private final FiguresImport spec = new FiguresImport(
            People.LOUDI,
            INDICATORS,
            codes -> Map.of(
                    LOUDI_SCHOOL, new CodedOrganization(1, "新化县楚怡工业学校", LOUDI_SCHOOL, People.LOUDI, true),
                    OTHER_LOUDI_SCHOOL,
                            new CodedOrganization(2, "涟源市工贸职业中等专业学校", OTHER_LOUDI_SCHOOL, People.LOUDI, true),
                    CHANGSHA_SCHOOL, new CodedOrganization(3, "长沙某职业学校", CHANGSHA_SCHOOL, People.CHANGSHA, true),
                    ENTERPRISE, new CodedOrganization(4, "娄底某企业", ENTERPRISE, People.LOUDI, false)),
            (lines, file, actor) -> {});

    private static ImportRow row(int number, String code, Object... cells) {
        Map<String, Object> values = new HashMap<>();
        values.put(FiguresImport.CREDIT_CODE, code);
        for (int i = 0; i + 1 < cells.length; i += 2) {
            values.put((String) cells[i], new BigDecimal(cells[i + 1].toString()));
        }
        return new ImportRow(number, values);
    }

    private static List<String> found(Problems problems) {
        return problems.kept().stream()
                .map(p -> p.row() + ":" + p.columnKey() + ":" + p.messageKey() + p.arguments())
                .toList();
    }

    @Test
    void theColumnsAreTheCodeAndTwoPerQuantitativeIndicatorNumberedAsOnThePlan() {
        assertThat(spec.columns().stream().map(c -> c.key()))
                .containsExactly(FiguresImport.SCHOOL, FiguresImport.CREDIT_CODE, NUM_1, DEN_1, NUM_3, DEN_3);
    }

    @Test
    void aRowWithoutACodeIsLeftAsItIsUnlessItGivesFigures() {
        var problems = new Problems();
        var empty = spec.row(row(2, null), problems);
        assertThat(empty.figures()).isEmpty();
        assertThat(spec.row(row(3, null, NUM_1, 1, DEN_1, 2), problems)).isNull();
        assertThat(found(problems))
                .containsExactly("3:supervision.figuresImport.creditCode:imports.problem.required[]");
        spec.all(List.of(new Numbered<>(2, empty)), "1", problems);
        assertThat(problems.count()).isOne();
    }

    /** The template says what the row rule above checks: the code is required in a row that gives figures. */
    @Test
    void theTemplateCallsTheCodeRequiredInARowThatGivesFigures() {
        var code = spec.columns().get(1);
        assertThat(code.key()).isEqualTo(FiguresImport.CREDIT_CODE);
        assertThat(code.required())
                .as("a row without figures may leave it empty")
                .isFalse();
        assertThat(code.requirement()).isEqualTo(FiguresImport.CREDIT_CODE_REQUIRED);
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/figuresimport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage(code.requirement(), null, Locale.SIMPLIFIED_CHINESE))
                .startsWith("填写了数据的行必填");
        assertThat(messages.getMessage(code.requirement(), null, Locale.ENGLISH))
                .startsWith("required in a row that gives figures");
    }

    @Test
    void aCleanRowGivesItsFiguresAndAnEmptyPairChangesNothing() {
        var problems = new Problems();
        var line = spec.row(row(2, LOUDI_SCHOOL, NUM_1, 40, DEN_1, "80.0"), problems);
        assertThat(problems.none()).isTrue();
        assertThat(line.creditCode()).isEqualTo(LOUDI_SCHOOL);
        assertThat(line.figures()).containsOnlyKeys(11L);
        assertThat(line.figures().get(11L)).containsExactly(40, 80);
    }

    @Test
    void eachBadFigureIsAProblemOfItsOwnCell() {
        var problems = new Problems();
        assertThat(spec.row(row(2, LOUDI_SCHOOL, NUM_1, "-1.0", DEN_1, 80, NUM_3, "2.5", DEN_3, 10), problems))
                .isNull();
        assertThat(spec.row(row(3, LOUDI_SCHOOL, NUM_1, 81, DEN_1, 80, DEN_3, 10), problems))
                .isNull();
        assertThat(spec.row(row(4, LOUDI_SCHOOL, NUM_1, 0, DEN_1, 0, NUM_3, 1, DEN_3, 1_000_001), problems))
                .isNull();
        assertThat(found(problems))
                .containsExactly(
                        "2:1.双师型教师数:supervision.figuresImport.problem.negative[-1]",
                        "2:3.企业兼职教师数:supervision.figuresImport.problem.whole[2.5]",
                        "3:1.双师型教师数:supervision.figuresImport.problem.exceeds[81, 1.专业课教师数, 80]",
                        "3:3.企业兼职教师数:supervision.figuresImport.problem.half[3.专任教师数]",
                        "4:1.专业课教师数:supervision.figuresImport.problem.zero[]",
                        "4:3.专任教师数:supervision.figuresImport.problem.tooLarge[1000000]");
    }

    @Test
    void aMalformedCreditCodeIsAProblemOfItsRow() {
        var problems = new Problems();
        assertThat(spec.row(row(5, "12431300900000001X", NUM_1, 1, DEN_1, 2), problems))
                .isNull();
        assertThat(found(problems))
                .containsExactly(
                        "5:supervision.figuresImport.creditCode:imports.problem.creditCode[12431300900000001X]");
    }

    @Test
    void onlyTheCitysOwnSchoolsOnceEach() {
        var problems = new Problems();
        List<Numbered<FiguresImport.Line>> rows = List.of(
                new Numbered<>(2, new FiguresImport.Line(LOUDI_SCHOOL, Map.of())),
                new Numbered<>(3, new FiguresImport.Line(OTHER_LOUDI_SCHOOL, Map.of())),
                new Numbered<>(4, new FiguresImport.Line(CHANGSHA_SCHOOL, Map.of())),
                new Numbered<>(5, new FiguresImport.Line(ENTERPRISE, Map.of())),
                new Numbered<>(6, new FiguresImport.Line(UNKNOWN, Map.of())),
                new Numbered<>(7, new FiguresImport.Line(LOUDI_SCHOOL, Map.of())));
        spec.all(rows, "1", problems);
        assertThat(problems.kept().stream().map(RowProblem::columnKey).distinct())
                .containsExactly(FiguresImport.CREDIT_CODE);
        assertThat(problems.kept().stream().map(p -> p.row() + ":" + p.messageKey() + p.arguments()))
                .containsExactly(
                        "4:supervision.figuresImport.problem.otherCity[长沙某职业学校]",
                        "5:supervision.figuresImport.problem.notSchool[娄底某企业]",
                        "6:supervision.figuresImport.problem.unknown[12431300900000004E]",
                        "7:imports.problem.duplicate[2]");
    }

    /** docs/examples/school-figures-example.xlsx: 娄底's demo schools for the demo's 2026 plan (its first three indicators). */
    static final List<List<Object>> EXAMPLE = List.of(
            List.of("学校名称", "统一社会信用代码", "1.“双师型”教师数", "1.专业课教师数", "2.企业兼职教师数", "2.专任教师数", "3.高级职称教师数", "3.专任教师数"),
            List.of("新化县楚怡工业学校", "124313009000000015", 92, 172, 41, 198, 45, 198),
            List.of("涟源市工贸职业中等专业学校", "124313009000000028", 70, 150, 30, 176, 38, 176),
            List.of("娄星区职业中专（演示）", "12431300900000003B", 36, 80, 18, 95, 20, 95),
            List.of("双峰县职业中专（演示）", "12431300900000004E"),
            List.of("冷水江市职业中专（演示）", "12431300900000005H", 40, 90, "", "", 21, 104));

    static final List<IndicatorView> DEMO_2026 = List.of(
            new IndicatorView(1L, "“双师型”教师占专业课教师比例", BigDecimal.TEN, null, "“双师型”教师数", "专业课教师数", null),
            new IndicatorView(2L, "企业兼职教师比例", BigDecimal.TEN, null, "企业兼职教师数", "专任教师数", null),
            new IndicatorView(3L, "高级职称教师比例", BigDecimal.TEN, null, "高级职称教师数", "专任教师数", null),
            new IndicatorView(4L, "教师企业实践制度落实", BigDecimal.TEN, null, null, null, null));

    /** Rewritten with {@code -Dchuyi.examples.output=docs/examples}; otherwise only checked against the row rules. */
    @Test
    void theExampleFilePassesTheRowRules() throws Exception {
        var demo = new FiguresImport(People.LOUDI, DEMO_2026, codes -> Map.of(), (lines, file, actor) -> {});
        assertThat(demo.columns().stream().map(c -> c.key()).toList())
                .containsExactlyElementsOf(EXAMPLE.get(0).stream().map(Object::toString).toList().stream()
                        .map(h -> h.equals("学校名称")
                                ? FiguresImport.SCHOOL
                                : h.equals("统一社会信用代码") ? FiguresImport.CREDIT_CODE : h)
                        .toList());
        var problems = new Problems();
        for (int r = 1; r < EXAMPLE.size(); r++) {
            List<Object> cells = EXAMPLE.get(r);
            Map<String, Object> values = new HashMap<>();
            values.put(FiguresImport.CREDIT_CODE, cells.get(1));
            for (int c = 2; c < cells.size(); c++) {
                if (cells.get(c) instanceof Number n) {
                    values.put(demo.columns().get(c).key(), new BigDecimal(n.toString()));
                }
            }
            assertThat(demo.row(new ImportRow(r + 1, values), problems)).isNotNull();
        }
        assertThat(found(problems)).isEmpty();
        String output = System.getProperty("chuyi.examples.output");
        if (output != null) {
            try (var workbook = new XSSFWorkbook();
                    var out = new ByteArrayOutputStream()) {
                var sheet = workbook.createSheet("数据");
                for (int r = 0; r < EXAMPLE.size(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < EXAMPLE.get(r).size(); c++) {
                        Object value = EXAMPLE.get(r).get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (!value.toString().isEmpty()) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                workbook.write(out);
                Path dir = Path.of(output);
                Files.createDirectories(dir);
                Files.write(dir.resolve("school-figures-example.xlsx"), out.toByteArray());
            }
        }
    }

    @Test
    void theAllowedValuesSheetNamesEachColumnWithoutWrappingQuotedNamesInMoreQuotes() throws Exception {
        var demo = new FiguresImport(People.LOUDI, DEMO_2026, codes -> Map.of(), (lines, file, actor) -> {});
        byte[] base;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var header = workbook.createSheet("数据").createRow(0);
            for (int c = 0; c < demo.columns().size(); c++) {
                header.createCell(c).setCellValue(demo.columns().get(c).key());
            }
            workbook.createSheet("可选值");
            workbook.createSheet("填写说明");
            workbook.write(out);
            base = out.toByteArray();
        }
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/figuresimport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        byte[] filled = FiguresTemplate.fill(
                base,
                demo.pairs(),
                List.of(),
                Map.of(),
                (key, arguments) -> messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE));
        List<List<String>> values = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            var formatter = new DataFormatter();
            for (var row : workbook.getSheet("可选值")) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                values.add(cells);
            }
        }
        assertThat(values.get(0)).containsExactly("列", "指标", "填写内容");
        assertThat(values.get(1))
                .containsExactly("C 1.“双师型”教师数", "“双师型”教师占专业课教师比例", "分子：0 至 1,000,000 的整数，不大于同一行 D 列的分母。");
        assertThat(values.get(2)).containsExactly("D 1.专业课教师数", "“双师型”教师占专业课教师比例", "分母：1 至 1,000,000 的整数。");
        assertThat(values).hasSize(7);
        assertThat(values.stream().flatMap(List::stream))
                .noneMatch(text ->
                        text.contains("““") || text.contains("””") || text.contains("\"\"") || text.contains("“““"));
    }
}
