package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.imports.CreditCode;
import cn.gov.hunan.chuyi.imports.ImportColumn;
import cn.gov.hunan.chuyi.imports.ImportKind;
import cn.gov.hunan.chuyi.imports.ImportRow;
import cn.gov.hunan.chuyi.imports.ImportSpec;
import cn.gov.hunan.chuyi.imports.Problems;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory.CodedOrganization;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 导入学校数据: the workbook in which a city officer gives the figures of its schools for its city's task — one row per
 * school, matched by its 统一社会信用代码, two columns (numerator, denominator) per quantitative indicator of the plan,
 * the same figures a school types on its own form. A row without a code and without figures (a school whose code the
 * directory lacks, as the template lists it) changes nothing, nor does a pair left empty; a half-filled pair, a number
 * that is not a whole count, a negative one, one above {@link #MAX} or a part above its whole is a problem of its cell;
 * a code that is no school of the task's city is a problem of its row. Built for one task (its columns are its plan's
 * indicators); the rows are written by the {@link Writer} the task module passes in.
 */
final class FiguresImport implements ImportSpec<FiguresImport.Line> {

    static final String SCHOOL = "supervision.figuresImport.school";
    static final String CREDIT_CODE = "supervision.figuresImport.creditCode";
    static final String CREDIT_CODE_REQUIRED = "supervision.figuresImport.creditCode.required";

    /** The largest count a cell may hold: no school counts a million teachers or students. */
    static final int MAX = 1_000_000;

    static final String NUMERATOR_HEADER = "supervision.figuresImport.header.numerator";
    static final String DENOMINATOR_HEADER = "supervision.figuresImport.header.denominator";

    /**
     * A quantitative indicator, its number on the plan, the keys of its two columns ("1.双师型教师数", as problems name
     * them) and the labels of its figures (the headers, in the reader's language, are built from number and label).
     */
    record Pair(
            IndicatorView indicator,
            int number,
            String numeratorKey,
            String denominatorKey,
            String numeratorLabel,
            String denominatorLabel) {}

    /** A checked row: the school's credit code and its figures by indicator id ({numerator, denominator}). */
    record Line(String creditCode, Map<Long, int[]> figures) {}

    /** Finds organisations by credit code (one statement for the whole file). */
    interface Lookup {
        Map<String, CodedOrganization> byCreditCodes(Collection<String> creditCodes);
    }

    /** Writes checked rows, in the caller's transaction. */
    interface Writer {
        void write(List<Line> lines, String fileName, PortalUser actor);
    }

    private final String cityCode;
    private final List<Pair> pairs;
    private final List<ImportColumn> columns;
    private final Lookup lookup;
    private final Writer writer;

    /** {@code indicators}: the plan's, in their order; only the quantitative ones get columns. */
    FiguresImport(String cityCode, List<IndicatorView> indicators, Lookup lookup, Writer writer) {
        this.cityCode = cityCode;
        this.lookup = lookup;
        this.writer = writer;
        List<Pair> found = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView indicator = indicators.get(i);
            if (indicator.quantitative()) {
                String numeratorLabel = label(indicator.numeratorLabel());
                String denominatorLabel = label(indicator.denominatorLabel());
                if (denominatorLabel.equals(numeratorLabel)) {
                    denominatorLabel = denominatorLabel + " /";
                }
                found.add(new Pair(
                        indicator,
                        i + 1,
                        i + 1 + "." + numeratorLabel,
                        i + 1 + "." + denominatorLabel,
                        numeratorLabel,
                        denominatorLabel));
            }
        }
        this.pairs = List.copyOf(found);
        List<ImportColumn> all = new ArrayList<>();
        all.add(ImportColumn.text(SCHOOL, false, 128));
        // not required by the reading: the template lists every school, and one without a recorded code is left as it
        // is; a row that gives figures needs it (row below), and the template's instructions say so
        all.add(ImportColumn.strictText(CREDIT_CODE, false, 18).requiredWhen(CREDIT_CODE_REQUIRED));
        for (Pair pair : pairs) {
            // the key ("1.双师型教师数") names the column in problems; the header follows the reader's language
            all.add(ImportColumn.number(pair.numeratorKey(), false)
                    .headed(NUMERATOR_HEADER, pair.number(), pair.numeratorLabel()));
            all.add(ImportColumn.number(pair.denominatorKey(), false)
                    .headed(DENOMINATOR_HEADER, pair.number(), pair.denominatorLabel()));
        }
        this.columns = List.copyOf(all);
    }

    /** The label of a figure as the school form shows it, cut to fit a header. */
    private static String label(String label) {
        String text = label.strip();
        return text.length() > 110 ? text.substring(0, 110) : text;
    }

    List<Pair> pairs() {
        return pairs;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SCHOOL_FIGURES;
    }

    @Override
    public List<ImportColumn> columns() {
        return columns;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "imports.template.general",
                "supervision.figuresImport.instructions.match",
                "supervision.figuresImport.instructions.pairs",
                "supervision.figuresImport.instructions.blank",
                "supervision.figuresImport.instructions.school",
                "imports.template.limit");
    }

    @Override
    public Line row(ImportRow row, Problems problems) {
        int before = problems.count();
        String code = row.text(CREDIT_CODE);
        if (code != null && !CreditCode.valid(code)) {
            problems.add(row.number(), CREDIT_CODE, "imports.problem.creditCode", code);
        }
        Map<Long, int[]> figures = new LinkedHashMap<>();
        boolean anyGiven = false;
        for (Pair pair : pairs) {
            BigDecimal numerator = row.number(pair.numeratorKey());
            BigDecimal denominator = row.number(pair.denominatorKey());
            if (numerator == null && denominator == null) {
                continue;
            }
            anyGiven = true;
            if (numerator == null || denominator == null) {
                problems.add(
                        row.number(),
                        numerator == null ? pair.numeratorKey() : pair.denominatorKey(),
                        "supervision.figuresImport.problem.half",
                        numerator == null ? pair.denominatorKey() : pair.numeratorKey());
                continue;
            }
            Integer part = count(numerator, row.number(), pair.numeratorKey(), problems);
            Integer whole = count(denominator, row.number(), pair.denominatorKey(), problems);
            if (part == null || whole == null) {
                continue;
            }
            if (whole == 0) {
                problems.add(row.number(), pair.denominatorKey(), "supervision.figuresImport.problem.zero");
            } else if (part > whole) {
                problems.add(
                        row.number(),
                        pair.numeratorKey(),
                        "supervision.figuresImport.problem.exceeds",
                        part,
                        pair.denominatorKey(),
                        whole);
            } else {
                figures.put(pair.indicator().id(), new int[] {part, whole});
            }
        }
        if (code == null && anyGiven) {
            // figures for a school the file does not name
            problems.add(row.number(), CREDIT_CODE, "imports.problem.required");
        }
        return problems.count() > before ? null : new Line(code, figures);
    }

    /** A whole count from 0 to {@link #MAX}, else a problem of the cell and null. */
    private static Integer count(BigDecimal value, int row, String column, Problems problems) {
        if (value.signum() < 0) {
            problems.add(
                    row,
                    column,
                    "supervision.figuresImport.problem.negative",
                    value.stripTrailingZeros().toPlainString());
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            problems.add(
                    row,
                    column,
                    "supervision.figuresImport.problem.whole",
                    value.stripTrailingZeros().toPlainString());
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            problems.add(row, column, "supervision.figuresImport.problem.tooLarge", MAX);
            return null;
        }
        return value.intValueExact();
    }

    @Override
    public void all(List<Numbered<Line>> rows, String scope, Problems problems) {
        Map<String, CodedOrganization> known = lookup.byCreditCodes(
                rows.stream().map(r -> r.value().creditCode()).toList());
        Map<String, Integer> seen = new HashMap<>();
        for (var numbered : rows) {
            int row = numbered.row();
            String code = numbered.value().creditCode();
            if (code == null) {
                continue; // a school without a recorded code, and no figures for it
            }
            Integer first = seen.putIfAbsent(code, row);
            if (first != null) {
                problems.add(row, CREDIT_CODE, "imports.problem.duplicate", first);
                continue;
            }
            CodedOrganization school = known.get(code);
            if (school == null) {
                problems.add(row, CREDIT_CODE, "supervision.figuresImport.problem.unknown", code);
            } else if (!school.school()) {
                problems.add(row, CREDIT_CODE, "supervision.figuresImport.problem.notSchool", school.name());
            } else if (!Objects.equals(school.cityCode(), cityCode)) {
                problems.add(row, CREDIT_CODE, "supervision.figuresImport.problem.otherCity", school.name());
            }
        }
    }

    @Override
    public void apply(List<Line> rows, String scope, String fileName, PortalUser actor) {
        writer.write(rows, fileName, actor);
    }
}
