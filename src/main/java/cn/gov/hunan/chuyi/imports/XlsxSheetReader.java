package cn.gov.hunan.chuyi.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
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
 * Reads one sheet of an .xlsx as a stream of rows: the sheet's XML goes through SAX and each row is handed on as it
 * ends, so memory does not grow with the file (only the shared strings table is held, read-only). Refuses, with a
 * message the user understands, a file that is not an .xlsx, lacks the sheet, holds a formula or merged cells, or has
 * more data rows than allowed.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {}

    /**
     * Hands every non-blank row of the first sheet named one of {@code sheetNames} to {@code rows}, the header (row 1)
     * included.
     *
     * @throws ImportRefused when the file cannot be read this way
     */
    static void read(
            Path file, Set<String> sheetNames, String shownSheetName, int maxDataRows, Consumer<SheetRow> rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheetNames.contains(sheets.getSheetName().strip())) {
                        var parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new Handler(strings, maxDataRows, rows));
                        parser.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
            throw new ImportRefused("imports.error.sheet", shownSheetName);
        } catch (ImportRefused refused) {
            throw refused;
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException unreadable) {
            throw new ImportRefused("imports.error.unreadable");
        }
    }

    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final int maxDataRows;
        private final Consumer<SheetRow> rows;
        private final StringBuilder text = new StringBuilder();
        private List<SheetCell> cells;
        private int rowNumber;
        private int dataRows;
        private int column;
        private String cellType;
        private String cellRef;
        private boolean collecting;

        Handler(ReadOnlySharedStringsTable strings, int maxDataRows, Consumer<SheetRow> rows) {
            this.strings = strings;
            this.maxDataRows = maxDataRows;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    cellRef = attributes.getValue("r");
                    column = cellRef == null ? column + 1 : new CellReference(cellRef).getCol();
                    cellType = attributes.getValue("t");
                    text.setLength(0);
                }
                case "f" -> throw new ImportRefused("imports.error.formula", cellRef);
                case "v", "t" -> collecting = true;
                case "mergeCell" -> throw new ImportRefused("imports.error.merged", attributes.getValue("ref"));
                default -> {
                    // other parts of the sheet (columns, views, dimensions) say nothing about the data
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, cell());
                }
                case "row" -> {
                    var row = new SheetRow(rowNumber, cells);
                    if (!row.blank()) {
                        if (rowNumber > 1 && ++dataRows > maxDataRows) {
                            throw new ImportRefused("imports.error.tooManyRows", maxDataRows);
                        }
                        rows.accept(row);
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private SheetCell cell() {
            String value = text.toString();
            if (cellType == null || cellType.equals("n")) {
                return new SheetCell(value, SheetCell.Kind.NUMBER);
            }
            return switch (cellType) {
                case "s" ->
                    new SheetCell(
                            value.isBlank()
                                    ? ""
                                    : strings.getItemAt(Integer.parseInt(value.strip()))
                                            .getString(),
                            SheetCell.Kind.TEXT);
                case "b" -> new SheetCell(value, SheetCell.Kind.BOOLEAN);
                case "e" -> new SheetCell(value, SheetCell.Kind.ERROR);
                default -> new SheetCell(value, SheetCell.Kind.TEXT); // inlineStr, str
            };
        }
    }
}
