package cn.gov.hunan.chuyi.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a workbook for an {@link ImportSpec}: the header must be the template's (in either language), each cell is read
 * by its column's type, each row checked by the spec, then the whole file. Nothing is written.
 */
final class ImportReading<R> {

    private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("否", "no", "n", "false", "0");

    private final ImportSpec<R> spec;
    private final Labels labels;
    private final Map<String, Map<String, String>> choiceCodes = new HashMap<>();

    /** What a read found: how many data rows, the checked rows, and the problems. */
    record Result<R>(int rows, List<ImportSpec.Numbered<R>> checked, Problems problems) {

        List<R> values() {
            return checked.stream().map(ImportSpec.Numbered::value).toList();
        }
    }

    ImportReading(ImportSpec<R> spec, Labels labels) {
        this.spec = spec;
        this.labels = labels;
        for (var column : spec.columns()) {
            if (column.type() == ImportColumn.Type.CHOICE) {
                Map<String, String> codes = new HashMap<>();
                for (String code : column.choices()) {
                    codes.put(code.toLowerCase(Locale.ROOT), code);
                    labels.every(column.labelPrefix() + code).forEach(l -> codes.put(l.toLowerCase(Locale.ROOT), code));
                }
                choiceCodes.put(column.key(), codes);
            }
        }
    }

    Result<R> read(Path file, String scope, int maxRows) {
        var problems = new Problems();
        List<ImportSpec.Numbered<R>> checked = new ArrayList<>();
        int[] rows = {0};
        boolean[] header = {false};
        XlsxSheetReader.read(
                file, labels.every("imports.sheet.data"), labels.both("imports.sheet.data"), maxRows, row -> {
                    if (!header[0]) {
                        checkHeader(row);
                        header[0] = true;
                        return;
                    }
                    rows[0]++;
                    int before = problems.count();
                    var values = cells(row, problems);
                    R value =
                            problems.count() == before ? spec.row(new ImportRow(row.number(), values), problems) : null;
                    if (value != null) {
                        checked.add(new ImportSpec.Numbered<>(row.number(), value));
                    }
                });
        if (rows[0] == 0) {
            throw new ImportRefused("imports.error.empty");
        }
        spec.all(checked, scope, problems);
        return new Result<>(rows[0], checked, problems);
    }

    private void checkHeader(SheetRow row) {
        if (row.number() != 1) {
            throw new ImportRefused(
                    "imports.error.header",
                    "A1",
                    labels.bothHeaders(spec.columns().get(0)));
        }
        var columns = spec.columns();
        for (int i = 0; i < columns.size(); i++) {
            var cell = row.cell(i);
            String text = cell == null || cell.text() == null ? "" : cell.text().strip();
            if (!labels.headers(columns.get(i)).contains(text)) {
                throw new ImportRefused(
                        "imports.error.header",
                        CellReference.convertNumToColString(i) + "1",
                        labels.bothHeaders(columns.get(i)));
            }
        }
    }

    private Map<String, Object> cells(SheetRow row, Problems problems) {
        Map<String, Object> values = new HashMap<>();
        var columns = spec.columns();
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var cell = row.cell(i);
            if (cell == null || cell.blank()) {
                if (column.required()) {
                    problems.add(row.number(), column.key(), "imports.problem.required");
                }
                continue;
            }
            if (cell.kind() == SheetCell.Kind.ERROR) {
                problems.add(row.number(), column.key(), "imports.problem.error", cell.text());
                continue;
            }
            Object value = value(column, cell, row.number(), problems);
            if (value != null) {
                values.put(column.key(), value);
            }
        }
        return values;
    }

    private Object value(ImportColumn column, SheetCell cell, int row, Problems problems) {
        String text = cell.text().strip();
        switch (column.type()) {
            case NUMBER -> {
                if (cell.kind() != SheetCell.Kind.NUMBER) {
                    problems.add(row, column.key(), "imports.problem.number", text);
                    return null;
                }
                return new BigDecimal(text);
            }
            case STRICT_TEXT -> {
                if (cell.kind() != SheetCell.Kind.TEXT) {
                    problems.add(row, column.key(), "imports.problem.text");
                    return null;
                }
                return length(column, text, row, problems);
            }
            case YES_NO -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (YES.contains(lower)) {
                    return Boolean.TRUE;
                }
                if (NO.contains(lower)) {
                    return Boolean.FALSE;
                }
                problems.add(row, column.key(), "imports.problem.yesNo", text);
                return null;
            }
            case CHOICE -> {
                String code = choiceCodes.get(column.key()).get(text.toLowerCase(Locale.ROOT));
                if (code == null) {
                    problems.add(row, column.key(), "imports.problem.choice", text);
                }
                return code;
            }
            default -> {
                String shown = cell.kind() == SheetCell.Kind.NUMBER ? plain(text) : text;
                return length(column, shown, row, problems);
            }
        }
    }

    private static String length(ImportColumn column, String text, int row, Problems problems) {
        if (column.maxLength() > 0 && text.length() > column.maxLength()) {
            problems.add(row, column.key(), "imports.problem.tooLong", column.maxLength());
            return null;
        }
        return text;
    }

    /** 430100 rather than 430100.0 or 4.301E5: the digits a number cell shows. */
    private static String plain(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
