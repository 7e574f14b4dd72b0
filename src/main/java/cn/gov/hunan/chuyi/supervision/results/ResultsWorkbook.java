package cn.gov.hunan.chuyi.supervision.results;

import cn.gov.hunan.chuyi.shared.Spreadsheet;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A year's results as an .xlsx: one row per city, one column per indicator, total, grade, rank. Written through
 * {@link Spreadsheet}, so the indicator names the department typed stay text and the scores stay numbers.
 */
@Component
class ResultsWorkbook {

    private final MessageSource messages;

    ResultsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    Spreadsheet sheet(PlanView plan, List<CityResult> results, Locale locale) {
        List<String> titles = new ArrayList<>(List.of(
                text("supervision.results.rank", locale),
                text("supervision.results.cityCode", locale),
                text("supervision.city", locale)));
        for (IndicatorView indicator : plan.indicators()) {
            titles.add(indicator.name() + " ("
                    + indicator.weight().stripTrailingZeros().toPlainString() + ")");
        }
        titles.addAll(List.of(
                text("supervision.results.total", locale),
                text("supervision.results.grade", locale),
                text("supervision.results.openFindings", locale)));
        var sheet = new Spreadsheet(String.valueOf(plan.year())).header(titles).freezeColumns(3);
        for (CityResult result : results) {
            List<Object> row = new ArrayList<>(List.of(result.rank(), result.cityCode(), result.cityName()));
            for (IndicatorView indicator : plan.indicators()) {
                row.add(result.scores().get(indicator.id()));
            }
            row.add(result.total());
            row.add(result.grade() == null ? "" : text("Grade." + result.grade(), locale));
            row.add(result.openFindings());
            sheet.row(row.toArray());
        }
        return sheet;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
