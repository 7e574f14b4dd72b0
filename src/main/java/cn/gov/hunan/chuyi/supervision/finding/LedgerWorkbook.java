package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rectification ledger as an Excel sheet in the reader's language; shared.Spreadsheet keeps typed text from being a formula. */
@Component
class LedgerWorkbook {

    private final MessageSource messages;

    LedgerWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    Spreadsheet of(List<FindingView> rows, Locale locale) {
        var sheet = new Spreadsheet(messages.getMessage("supervision.ledger.title", null, locale))
                .header(
                        messages,
                        locale,
                        "supervision.plan.year",
                        "supervision.city",
                        "supervision.finding.category",
                        "supervision.finding.severity",
                        "supervision.finding.responsible",
                        "supervision.finding.deadline",
                        "supervision.status",
                        "supervision.finding.overdue",
                        "supervision.finding.extended",
                        "supervision.finding.rechecked",
                        "supervision.finding.description",
                        "supervision.finding.answer");
        for (FindingView f : rows) {
            sheet.row(
                    f.planYear(),
                    f.cityName(),
                    f.category(),
                    text("Severity." + f.severity(), locale),
                    f.responsible(),
                    f.deadline(),
                    text("FindingStatus." + f.status(), locale),
                    yes(f.overdue(), locale),
                    yes(f.extended(), locale),
                    yes(f.rechecked(), locale),
                    f.description(),
                    f.answer());
        }
        return sheet.freezeColumns(3);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String yes(boolean flag, Locale locale) {
        return flag ? text("supervision.ledger.yes", locale) : "";
    }
}
