package cn.gov.hunan.chuyi.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every CSV export: RFC 4180 through commons-csv, UTF-8 with a byte-order mark (so that Excel on a Chinese
 * desktop reads it), and every text field passed through {@link CellText#forCsv} so that nothing a user typed
 * becomes a formula. Numbers are written as numbers, times in the portal's zone.
 */
public final class CsvFile {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    public CsvFile(List<String> header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            printer.printRecord(header.stream().map(CellText::forCsv).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record: {@link Number}, {@link LocalDate}, {@link LocalDateTime}, {@link Instant}, or text; null is empty. */
    public CsvFile row(Object... values) {
        try {
            for (Object value : values) {
                printer.print(field(value));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object field(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        if (value instanceof Instant t) {
            return PortalTime.local(t).format(TIME);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(TIME);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return CellText.forCsv(value.toString());
    }

    public byte[] toBytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** The file as a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(toBytes());
    }
}
