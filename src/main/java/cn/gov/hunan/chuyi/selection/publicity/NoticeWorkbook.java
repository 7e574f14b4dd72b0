package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A 公示 list as an Excel workbook; once the period is over, with what became of each line. */
@Component
class NoticeWorkbook {

    private final MessageSource messages;
    private final RegionDirectory regions;

    NoticeWorkbook(MessageSource messages, RegionDirectory regions) {
        this.messages = messages;
        this.regions = regions;
    }

    /** The notice's list; once the period is over, with what became of each line. */
    Spreadsheet publicity(PublicNotice notice, Locale locale) {
        var sheet = new Spreadsheet(text("selection.publicity.title", locale))
                .header(
                        messages,
                        locale,
                        "selection.export.number",
                        "selection.nomination.field.title",
                        "project.field.organization",
                        "organization.field.city",
                        "project.field.tier",
                        "selection.publicity.outcome");
        int number = 1;
        for (var line : notice.lines()) {
            String outcome = line.removed()
                    ? text("selection.publicity.line.removed", locale)
                    : line.designated() ? text("selection.publicity.line.designated", locale) : null;
            sheet.row(
                    number++,
                    line.title(),
                    line.organizationName(),
                    city(line.cityCode(), locale),
                    line.tier(),
                    outcome);
        }
        return sheet;
    }

    private String city(String code, Locale locale) {
        return code == null
                ? null
                : regions.city(code).map(c -> c.displayName(locale)).orElse(code);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
