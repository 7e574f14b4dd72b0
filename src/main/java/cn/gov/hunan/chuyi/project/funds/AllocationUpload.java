package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.project.FundSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads allocations from the first sheet of an Excel workbook (.xlsx): a header row, then one allocation a row —
 * A project number (its id in the register), B year, C source (省级财政 … or PROVINCIAL …), D amount in yuan,
 * E document (optional). Every row is checked before anything is saved; a problem names its row and column.
 */
@Component
class AllocationUpload {

    static final int MAX_ROWS = 5_000;
    static final String[] COLUMNS = {"A", "B", "C", "D", "E"};
    static final String[] HEADERS = {
        "funds.upload.column.project",
        "funds.field.year",
        "funds.field.source",
        "funds.field.amount",
        "funds.field.document"
    };

    private final MessageSource messages;
    private final FundRates rates;

    AllocationUpload(MessageSource messages, FundRates rates) {
        this.messages = messages;
        this.rates = rates;
    }

    /** One checked row: the project and the allocation's values. */
    record Checked(int number, long projectId, AllocationForm.Allocation values) {}

    /** What is wrong with a cell: its row (1 is the header), its column letter and header key, and why. */
    record Problem(int row, String column, String columnKey, String messageKey) {}

    /** The rows, or the problems (then nothing may be saved). */
    record Result(List<Checked> rows, List<Problem> problems) {
        boolean accepted() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    Result read(InputStream in) {
        try (var workbook = new XSSFWorkbook(in)) {
            return read(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException unreadable) {
            return new Result(List.of(), List.of(new Problem(0, "", null, "funds.upload.error.file")));
        }
    }

    private Result read(Sheet sheet) {
        List<Checked> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Long> projectIds = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                problems.add(new Problem(r + 1, "", null, "funds.upload.error.tooMany"));
                break;
            }
            int number = r + 1;
            int before = problems.size();
            Optional<Long> project = whole(row.getCell(0)).filter(id -> id > 0);
            if (project.isEmpty()) {
                problems.add(problem(number, 0, "funds.upload.error.project"));
            }
            Optional<Integer> year =
                    whole(row.getCell(1)).map(Long::intValue).flatMap(y -> AllocationForm.year(Integer.toString(y)));
            if (year.isEmpty()) {
                problems.add(problem(number, 1, "funds.error.year"));
            }
            Optional<FundSource> source = source(text(row.getCell(2)));
            if (source.isEmpty()) {
                problems.add(problem(number, 2, "funds.error.source"));
            }
            Optional<BigDecimal> amount = amount(row.getCell(3));
            if (amount.isEmpty()) {
                problems.add(problem(number, 3, "funds.error.amount"));
            }
            String document = text(row.getCell(4)).strip();
            if (document.length() > AllocationForm.MAX_DOCUMENT || document.indexOf('\u0000') >= 0) {
                problems.add(problem(number, 4, "funds.error.document"));
            }
            if (problems.size() == before) {
                projectIds.add(project.get());
                rows.add(new Checked(
                        number,
                        project.get(),
                        new AllocationForm.Allocation(
                                year.get(), source.get(), amount.get(), document.isEmpty() ? null : document)));
            }
        }
        Set<Long> known = new HashSet<>(rates.existingProjects(projectIds));
        for (Checked row : rows) {
            if (!known.contains(row.projectId())) {
                problems.add(problem(row.number(), 0, "funds.upload.error.unknownProject"));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "", null, "funds.upload.error.empty"));
        }
        problems.sort((a, b) -> a.row() != b.row()
                ? Integer.compare(a.row(), b.row())
                : a.column().compareTo(b.column()));
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    /** A source by its name or its label in either language. */
    Optional<FundSource> source(String text) {
        String plain = text.strip();
        for (FundSource s : FundSource.values()) {
            if (s.name().equalsIgnoreCase(plain)
                    || label(s, Locale.SIMPLIFIED_CHINESE).equals(plain)
                    || label(s, Locale.ENGLISH).equalsIgnoreCase(plain)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private String label(FundSource source, Locale locale) {
        return messages.getMessage("FundSource." + source.name(), null, source.name(), locale);
    }

    private static Problem problem(int row, int column, String key) {
        return new Problem(row, COLUMNS[column], HEADERS[column], key);
    }

    private static boolean blank(Row row) {
        for (int c = 0; c < COLUMNS.length; c++) {
            if (!text(row.getCell(c)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Long> whole(Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Optional.of((long) value) : Optional.empty();
        }
        String text = text(cell).strip();
        return text.matches("\\d{1,15}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static Optional<BigDecimal> amount(Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return Amounts.of(cell.getNumericCellValue());
        }
        return Amounts.parse(text(cell));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BLANK -> "";
            default -> "\u0000formula";
        };
    }
}
