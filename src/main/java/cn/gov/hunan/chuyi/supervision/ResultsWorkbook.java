package cn.gov.hunan.chuyi.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a year's results as an .xlsx: one row per city, one column per indicator, total, grade, rank. */
@Component
class ResultsWorkbook {

    private final MessageSource messages;

    ResultsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(PlanView plan, java.util.List<CityResult> results, Locale locale, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(String.valueOf(plan.year()));
            Row header = sheet.createRow(0);
            int column = 0;
            header.createCell(column++).setCellValue(text("supervision.results.rank", locale));
            header.createCell(column++).setCellValue(text("supervision.results.cityCode", locale));
            header.createCell(column++).setCellValue(text("organization.field.city", locale));
            for (IndicatorView indicator : plan.indicators()) {
                header.createCell(column++).setCellValue(indicator.name() + " (" + indicator.weight().stripTrailingZeros().toPlainString() + ")");
            }
            header.createCell(column++).setCellValue(text("supervision.results.total", locale));
            header.createCell(column++).setCellValue(text("supervision.results.grade", locale));
            header.createCell(column).setCellValue(text("supervision.results.openFindings", locale));
            int rowNumber = 1;
            for (CityResult result : results) {
                Row row = sheet.createRow(rowNumber++);
                int c = 0;
                row.createCell(c++).setCellValue(result.rank());
                row.createCell(c++).setCellValue(result.cityCode());
                row.createCell(c++).setCellValue(result.cityName());
                for (IndicatorView indicator : plan.indicators()) {
                    var score = result.scores().get(indicator.id());
                    if (score != null) {
                        row.createCell(c).setCellValue(score.doubleValue());
                    }
                    c++;
                }
                if (result.total() != null) {
                    row.createCell(c).setCellValue(result.total().doubleValue());
                }
                c++;
                row.createCell(c++).setCellValue(result.grade() == null ? "" : text("Grade." + result.grade(), locale));
                row.createCell(c).setCellValue(result.openFindings());
            }
            sheet.createFreezePane(3, 1);
            workbook.write(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
