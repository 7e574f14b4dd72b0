package cn.gov.hunan.chuyi.selection.decision;

import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.selection.review.RankingLine;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A round's ranking and results as an Excel workbook. */
@Component
class RankingWorkbook {

    private final MessageSource messages;
    private final RegionDirectory regions;

    RankingWorkbook(MessageSource messages, RegionDirectory regions) {
        this.messages = messages;
        this.regions = regions;
    }

    Spreadsheet ranking(RoundSummary round, List<RankingLine> ranking, Locale locale) {
        var sheet = new Spreadsheet(text("selection.ranking.title", locale))
                .header(
                        messages,
                        locale,
                        "selection.ranking.rank",
                        "selection.nomination.field.title",
                        "project.field.organization",
                        "organization.field.city",
                        "selection.export.scoresIn",
                        "selection.export.assigned",
                        "selection.ranking.totals",
                        "selection.ranking.final",
                        "selection.export.spread",
                        "selection.field.status",
                        "selection.ranking.tier",
                        "selection.ranking.departure");
        for (RankingLine line : ranking) {
            sheet.row(
                    line.rank(),
                    line.title(),
                    line.organizationName(),
                    city(line.cityCode(), locale),
                    line.totals().size(),
                    line.assigned(),
                    line.totals().stream()
                            .map(t -> t.stripTrailingZeros().toPlainString())
                            .collect(Collectors.joining(" / ")),
                    line.finalScore(),
                    line.spread(),
                    text("NominationStatus." + line.status(), locale),
                    line.tier(),
                    line.departureReason());
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
