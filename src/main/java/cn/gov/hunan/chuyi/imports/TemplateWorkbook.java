package cn.gov.hunan.chuyi.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template of an import in the user's language: the data sheet with the headers (text columns formatted as text, so
 * codes keep their digits; a drop-down for yes/no and choices), a sheet of instructions and a sheet of allowed values.
 */
final class TemplateWorkbook {

    private TemplateWorkbook() {}

    static byte[] build(ImportSpec<?> spec, Labels labels, Locale locale, int maxRows) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet data = workbook.createSheet(labels.in(locale, "imports.sheet.data"));
            Sheet values = workbook.createSheet(labels.in(locale, "imports.sheet.values"));
            Sheet instructions = workbook.createSheet(labels.in(locale, "imports.sheet.instructions"));
            var headerRow = data.createRow(0);
            var valuesHeader = values.createRow(0);
            var columns = spec.columns();
            int valueColumn = 0;
            for (int i = 0; i < columns.size(); i++) {
                var column = columns.get(i);
                var cell = headerRow.createCell(i);
                cell.setCellValue(labels.header(locale, column));
                cell.setCellStyle(header);
                data.setColumnWidth(i, 20 * 256);
                if (column.type() != ImportColumn.Type.NUMBER) {
                    data.setDefaultColumnStyle(i, text);
                }
                String[] allowed = allowed(column, labels, locale);
                if (allowed.length > 0 && String.join(",", allowed).length() < 250) {
                    var helper = data.getDataValidationHelper();
                    var validation = helper.createValidation(
                            helper.createExplicitListConstraint(allowed), new CellRangeAddressList(1, maxRows, i, i));
                    validation.setShowErrorBox(false);
                    data.addValidationData(validation);
                }
                if (allowed.length > 0) {
                    var title = valuesHeader.createCell(valueColumn);
                    title.setCellValue(labels.header(locale, column));
                    title.setCellStyle(header);
                    for (int v = 0; v < allowed.length; v++) {
                        var row = values.getRow(v + 1) == null ? values.createRow(v + 1) : values.getRow(v + 1);
                        row.createCell(valueColumn).setCellValue(allowed[v]);
                    }
                    values.setColumnWidth(valueColumn, 24 * 256);
                    valueColumn++;
                }
            }
            data.createFreezePane(0, 1);
            int line = 0;
            instructions.setColumnWidth(0, 100 * 256);
            for (String key : spec.instructions()) {
                instructions.createRow(line++).createCell(0).setCellValue(labels.in(locale, key, maxRows));
            }
            for (var column : columns) {
                String required = labels.in(
                        locale,
                        column.requirement() != null
                                ? column.requirement()
                                : column.required() ? "imports.template.required" : "imports.template.optional");
                instructions
                        .createRow(line++)
                        .createCell(0)
                        .setCellValue(labels.header(locale, column) + " — " + required);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] allowed(ImportColumn column, Labels labels, Locale locale) {
        return switch (column.type()) {
            case YES_NO -> new String[] {labels.in(locale, "imports.yes"), labels.in(locale, "imports.no")};
            case CHOICE ->
                column.choices().stream()
                        .map(code -> labels.in(locale, column.labelPrefix() + code))
                        .toArray(String[]::new);
            default -> new String[0];
        };
    }
}
