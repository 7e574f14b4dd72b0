package cn.gov.hunan.chuyi.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Small .xlsx files for the import tests: a sheet of rows (String, Number, Boolean cells), changed as a test needs. */
final class Workbooks {

    private Workbooks() {}

    static byte[] sheet(String name, List<List<Object>> rows) {
        return sheet(name, rows, s -> {});
    }

    /** Streams the rows (so thousands stay cheap), then lets {@code change} add formulas or merged cells. */
    static byte[] sheet(String name, List<List<Object>> rows, Consumer<Sheet> change) {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            change.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(byte[] bytes) {
        try {
            Path file = Files.createTempFile("import-test-", ".xlsx");
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
