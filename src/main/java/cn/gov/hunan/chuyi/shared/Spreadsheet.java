package cn.gov.hunan.chuyi.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One sheet of an Excel export: a header row in the reader's language, then rows whose numbers are
 * numbers and whose dates are dates (formatted {@code yyyy-mm-dd}), so staff can sort and sum them
 * instead of retyping. Times are shown in the portal's zone.
 *
 * <p>Text is always a string cell, never a formula. Text that starts like a formula ({@link CellText}) is also given
 * Excel's "quote prefix" (what Excel itself records when someone types {@code '=...}): the cell shows and keeps
 * exactly what was typed, sorts and filters as that text, and stays text when someone edits it (F2, Enter) or
 * copies it elsewhere, instead of turning into a live formula at that moment. The quote is not written into the
 * value, so no one sees an apostrophe that was never typed.
 */
public final class Spreadsheet {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private final CellStyle headerStyle;
    private final CellStyle quotedStyle;
    private final CellStyle quotedHeaderStyle;
    private int nextRow;
    private int widestRow;
    private int frozenRows;

    public Spreadsheet(String sheetName) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        var format = workbook.getCreationHelper().createDataFormat();
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(format.getFormat("yyyy-mm-dd"));
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        quotedStyle = workbook.createCellStyle();
        quotedStyle.setQuotePrefixed(true);
        quotedHeaderStyle = workbook.createCellStyle();
        quotedHeaderStyle.cloneStyleFrom(headerStyle);
        quotedHeaderStyle.setQuotePrefixed(true);
    }

    /** The header row; the sheet keeps it in view while scrolling. */
    public Spreadsheet header(List<String> titles) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < titles.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(CellText.startsLikeFormula(titles.get(i)) ? quotedHeaderStyle : headerStyle);
        }
        widestRow = Math.max(widestRow, titles.size());
        frozenRows = nextRow;
        sheet.createFreezePane(0, frozenRows);
        return this;
    }

    /** The header row from message keys, in the reader's language. */
    public Spreadsheet header(MessageSource messages, Locale locale, String... keys) {
        return header(Arrays.stream(keys)
                .map(k -> messages.getMessage(k, null, locale))
                .toList());
    }

    /** A data row: {@link Number}, {@link LocalDate}, {@link LocalDateTime}, {@link Instant}, {@link Boolean} or text; null leaves a blank. */
    public Spreadsheet row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Instant t) {
                cell.setCellValue(PortalTime.local(t));
                cell.setCellStyle(timeStyle);
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(timeStyle);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (CellText.startsLikeFormula(text)) {
                    cell.setCellStyle(quotedStyle);
                }
            }
        }
        widestRow = Math.max(widestRow, values.length);
        return this;
    }

    /** Keeps the first {@code columns} columns in view too (e.g. rank and name beside many figures). */
    public Spreadsheet freezeColumns(int columns) {
        sheet.createFreezePane(columns, frozenRows);
        return this;
    }

    public byte[] toBytes() {
        for (int i = 0; i < widestRow; i++) {
            // a fixed width: autoSizeColumn needs fonts this server may not have, and is slow on big sheets
            sheet.setColumnWidth(i, 18 * 256);
        }
        try (workbook;
                var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as a download named {@code fileName} (UTF-8 names are kept). */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
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
