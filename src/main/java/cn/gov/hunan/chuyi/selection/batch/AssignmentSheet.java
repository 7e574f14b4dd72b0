package cn.gov.hunan.chuyi.selection.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded assignment sheet (专家分配表): the first sheet, a header row, then one row per nomination × expert —
 * column A the nomination's number, column B the expert's sign-in name. Reading it only checks the form of each
 * cell; {@link BatchAssignments} checks what the rows name. A formula is refused, never evaluated.
 */
public final class AssignmentSheet {

    static final int MAX_ROWS = 5_000;

    /** One row as typed: its number in the sheet (1 is the header), the nomination and the expert. */
    record Line(int row, long nominationId, String expert) {}

    /** What is wrong, where: row (as Excel numbers it), column letter, message key and its argument. */
    public record Problem(int row, String column, String messageKey, String value) {}

    record Reading(List<Line> lines, List<Problem> problems) {}

    private AssignmentSheet() {}

    static Reading read(InputStream in) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                int number = row.getRowNum() + 1;
                if (number == 1) {
                    continue;
                }
                if (number > MAX_ROWS + 1) {
                    problems.add(new Problem(number, "A", "selection.batch.sheet.tooLong", String.valueOf(MAX_ROWS)));
                    break;
                }
                Cell a = row.getCell(0);
                Cell b = row.getCell(1);
                if (blank(a) && blank(b)) {
                    continue;
                }
                Long nomination = number(a);
                if (nomination == null) {
                    problems.add(new Problem(number, "A", "selection.batch.sheet.number", text(a)));
                }
                String expert = blank(b) || b.getCellType() != CellType.STRING
                        ? null
                        : b.getStringCellValue().strip();
                if (expert == null || expert.isEmpty()) {
                    problems.add(new Problem(number, "B", "selection.batch.sheet.expertMissing", text(b)));
                }
                if (nomination != null && expert != null && !expert.isEmpty()) {
                    lines.add(new Line(number, nomination, expert));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            problems.add(new Problem(0, "", "selection.batch.sheet.unreadable", null));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "", "selection.batch.sheet.empty", null));
        }
        return new Reading(lines, problems);
    }

    private static boolean blank(Cell cell) {
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isBlank());
    }

    private static Long number(Cell cell) {
        if (blank(cell)) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && value > 0 ? (long) value : null;
        }
        if (cell.getCellType() == CellType.STRING
                && cell.getStringCellValue().strip().matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(cell.getStringCellValue().strip());
        }
        return null;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
