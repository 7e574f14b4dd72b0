package cn.gov.hunan.chuyi.selection.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded assignment sheet (专家分配表): the first sheet, a header row, then one row per nomination × expert —
 * column A the nomination's number, column B the expert's sign-in name; a row without an expert is no assignment (the
 * template, {@link AssignmentTemplate}, prefills the nominations and leaves B to the department). Reading it only
 * checks the form of each cell; {@link BatchAssignments} checks what the rows name. A formula is refused, never
 * evaluated. The sheet is read as a stream (SAX over the sheet's XML, the workbook never loaded whole) and reading
 * stops at the first row past {@link #MAX_ROWS}, so neither a long sheet nor a large file fills the memory; a file
 * that unpacks far beyond its size (a zip bomb) is refused by POI's own inflation checks.
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
        Path file = null;
        try {
            file = Files.createTempFile("assignment-sheet", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                var reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg, false);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new IOException("no sheet");
                }
                try (InputStream sheet = sheets.next()) {
                    var parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new Rows(strings, lines, problems));
                    parser.parse(new InputSource(sheet));
                } catch (Rows.Stop enough) {
                    // the row past the limit was reported
                }
            }
        } catch (Exception unreadable) {
            // not an .xlsx, damaged, a bomb POI refused, an unexpected part: the user's message, never a server error
            lines.clear();
            problems.clear();
            problems.add(new Problem(0, "", "selection.batch.sheet.unreadable", null));
        } finally {
            deleteQuietly(file);
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "", "selection.batch.sheet.empty", null));
        }
        return new Reading(lines, problems);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up anyway
            }
        }
    }

    /** The cells of columns A and B of each row, checked as the row ends. */
    private static final class Rows extends DefaultHandler {

        /** Stops the parse at the first row past the limit. */
        static final class Stop extends SAXException {
            Stop() {
                super("more rows than allowed");
            }
        }

        /** A cell as the sheet holds it: its type attribute, its value text, its formula text (null: none). */
        private record Cell(String type, String value, String formula) {}

        private final ReadOnlySharedStringsTable strings;
        private final List<Line> lines;
        private final List<Problem> problems;
        private final StringBuilder text = new StringBuilder();
        private int row;
        private int column;
        private String type;
        private String formula;
        private String value;
        private boolean collecting;
        private Cell a;
        private Cell b;

        Rows(ReadOnlySharedStringsTable strings, List<Line> lines, List<Problem> problems) {
            this.strings = strings;
            this.lines = lines;
            this.problems = problems;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    a = null;
                    b = null;
                    if (row > MAX_ROWS + 1) {
                        problems.add(new Problem(row, "A", "selection.batch.sheet.tooLong", String.valueOf(MAX_ROWS)));
                        throw new Stop();
                    }
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    formula = null;
                    value = null;
                }
                case "v", "t", "f" -> {
                    text.setLength(0);
                    collecting = true;
                }
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            switch (localName) {
                case "v", "t" -> {
                    value = value == null ? text.toString() : value + text;
                    collecting = false;
                }
                case "f" -> {
                    formula = text.toString();
                    collecting = false;
                }
                case "c" -> {
                    var cell = new Cell(type, value, formula);
                    if (column == 0) {
                        a = cell;
                    } else if (column == 1) {
                        b = cell;
                    }
                }
                case "row" -> endRow();
                default -> {}
            }
        }

        private void endRow() {
            if (row == 1 || blank(b)) {
                // the header; an empty row, or a row of the template whose expert was left blank: no assignment
                return;
            }
            Long nomination = number(a);
            if (nomination == null) {
                problems.add(new Problem(row, "A", "selection.batch.sheet.number", shown(a)));
            }
            String expert = b.formula() == null && isText(b) ? text(b).strip() : null;
            if (expert == null || expert.isEmpty()) {
                problems.add(new Problem(row, "B", "selection.batch.sheet.expertMissing", shown(b)));
            }
            if (nomination != null && expert != null && !expert.isEmpty()) {
                lines.add(new Line(row, nomination, expert));
            }
        }

        private boolean blank(Cell cell) {
            return cell == null
                    || (cell.formula() == null
                            && (cell.value() == null || text(cell).isBlank()));
        }

        private static boolean isText(Cell cell) {
            return "s".equals(cell.type()) || "inlineStr".equals(cell.type()) || "str".equals(cell.type());
        }

        private String text(Cell cell) {
            if (cell.value() == null) {
                return "";
            }
            if ("s".equals(cell.type())) {
                try {
                    return strings.getItemAt(Integer.parseInt(cell.value().strip()))
                            .getString();
                } catch (RuntimeException badIndex) {
                    return "";
                }
            }
            return cell.value();
        }

        private Long number(Cell cell) {
            if (blank(cell) || cell.formula() != null) {
                return null;
            }
            String typed = text(cell).strip();
            if (isText(cell)) {
                return typed.matches("[1-9][0-9]{0,17}") ? Long.parseLong(typed) : null;
            }
            if (cell.type() == null || "n".equals(cell.type())) {
                try {
                    double number = Double.parseDouble(typed);
                    return number == Math.rint(number) && number > 0 && number < 1e15 ? (long) number : null;
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
            return null;
        }

        /** The cell as the user typed it, for the message (a formula with its "="). */
        private String shown(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.formula() != null) {
                return "=" + cell.formula();
            }
            return text(cell);
        }
    }
}
