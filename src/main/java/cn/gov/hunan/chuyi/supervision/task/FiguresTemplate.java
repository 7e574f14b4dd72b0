package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory.CodedOrganization;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills the imports module's template of a {@link FiguresImport} for one task: a row per school of the city (name and
 * credit code as text, the figures it has already given), a whole-number check on the figure columns, and on the sheet
 * of allowed values what each figure column holds (its header as the data sheet shows it, the indicator, the range). The template is small (a city's schools), so it is built in memory.
 */
final class FiguresTemplate {

    private FiguresTemplate() {}

    /** A message in the user's language. */
    interface Texts {
        String of(String key, Object... arguments);
    }

    /**
     * @param template the imports module's workbook: the data sheet first, then allowed values, then instructions
     * @param figures the figures already given, by school id then indicator id
     * @param text the template's own texts in the user's language, by message key (with arguments)
     */
    static byte[] fill(
            byte[] template,
            List<FiguresImport.Pair> pairs,
            List<CodedOrganization> schools,
            Map<Long, Map<Long, int[]>> figures,
            Texts text) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            Sheet data = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            var asText = workbook.createCellStyle();
            asText.setDataFormat(workbook.createDataFormat().getFormat("@"));
            int r = 1;
            for (CodedOrganization school : schools) {
                var row = data.createRow(r++);
                var name = row.createCell(0);
                name.setCellStyle(asText);
                name.setCellValue(school.name());
                var code = row.createCell(1);
                code.setCellStyle(asText);
                if (school.creditCode() != null) {
                    code.setCellValue(school.creditCode());
                }
                Map<Long, int[]> given = figures.getOrDefault(school.id(), Map.of());
                for (int p = 0; p < pairs.size(); p++) {
                    int[] pair = given.get(pairs.get(p).indicator().id());
                    if (pair != null) {
                        row.createCell(2 + 2 * p).setCellValue(pair[0]);
                        row.createCell(3 + 2 * p).setCellValue(pair[1]);
                    }
                }
            }
            data.setColumnWidth(0, 36 * 256);
            if (!pairs.isEmpty()) {
                var helper = data.getDataValidationHelper();
                var validation = helper.createValidation(
                        helper.createIntegerConstraint(
                                DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(FiguresImport.MAX)),
                        new CellRangeAddressList(1, Math.max(schools.size(), 1) + 200, 2, 1 + 2 * pairs.size()));
                validation.setShowErrorBox(false);
                data.addValidationData(validation);
            }
            // the indicator in a cell of its own and the column by its letter: a name that holds quotes itself
            // ("双师型"教师数) is never wrapped in another pair
            Sheet values = workbook.getSheetAt(1);
            var header = values.createRow(0);
            header.createCell(0).setCellValue(text.of("supervision.figuresImport.values.column"));
            header.createCell(1).setCellValue(text.of("supervision.figuresImport.values.indicator"));
            header.createCell(2).setCellValue(text.of("supervision.figuresImport.values.allowed"));
            int v = 1;
            for (int p = 0; p < pairs.size(); p++) {
                FiguresImport.Pair pair = pairs.get(p);
                String numeratorColumn = CellReference.convertNumToColString(2 + 2 * p);
                String denominatorColumn = CellReference.convertNumToColString(3 + 2 * p);
                var numerator = values.createRow(v++);
                numerator.createCell(0).setCellValue(numeratorColumn + " " + headers.get(2 + 2 * p));
                numerator.createCell(1).setCellValue(pair.indicator().name());
                numerator
                        .createCell(2)
                        .setCellValue(text.of(
                                "supervision.figuresImport.values.numerator", FiguresImport.MAX, denominatorColumn));
                var denominator = values.createRow(v++);
                denominator.createCell(0).setCellValue(denominatorColumn + " " + headers.get(3 + 2 * p));
                denominator.createCell(1).setCellValue(pair.indicator().name());
                denominator
                        .createCell(2)
                        .setCellValue(text.of("supervision.figuresImport.values.denominator", FiguresImport.MAX));
            }
            values.setColumnWidth(0, 30 * 256);
            values.setColumnWidth(1, 36 * 256);
            values.setColumnWidth(2, 70 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
