package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationProfile;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundRepository;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's nominations with their full content as an Excel workbook: the common columns, the programme's own parts
 * ({@link NominationContent.FieldSet}, so a cluster round has its specialties and a training-base round its site),
 * the narrative sections and the outcome. The viewer's slice only (province staff every filed nomination, a city
 * officer its city's), in three statements whatever the number of nominations.
 */
@Component
@Transactional(readOnly = true)
public class NominationWorkbook {

    private static final List<String> NARRATIVE = List.of("summary", "foundation", "plan", "safeguards");

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final OrganizationDirectory organizations;
    private final RegionDirectory regions;
    private final SelectionAccess access;
    private final MessageSource messages;

    NominationWorkbook(
            NominationRepository nominations,
            RoundRepository rounds,
            OrganizationDirectory organizations,
            RegionDirectory regions,
            SelectionAccess access,
            MessageSource messages) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.organizations = organizations;
        this.regions = regions;
        this.access = access;
        this.messages = messages;
    }

    public Spreadsheet workbook(long roundId, PortalUser viewer, Locale locale) {
        Round round = rounds.findById(roundId)
                .filter(r -> access.maySee(viewer, r))
                .orElseThrow(() -> new NotFoundException("round", roundId));
        var fields = NominationContent.FieldSet.of(round.programCode());
        List<Nomination> shown = nominations.findByRoundIdOrderById(roundId).stream()
                .filter(n -> access.maySee(viewer, n))
                .toList();
        Map<Long, OrganizationProfile> names = organizations.findAll(
                shown.stream().map(Nomination::organizationId).collect(Collectors.toSet()));

        List<String> header = new ArrayList<>(List.of(
                text("selection.reviewBook.nomination", locale),
                text("selection.nomination.field.title", locale),
                text("project.field.organization", locale),
                text("organization.field.city", locale),
                text("selection.export.provinceRun", locale),
                text("selection.field.status", locale),
                text("selection.nomination.field.submitted", locale)));
        fields.parts().forEach(p -> header.add(text("selection.nomination.field." + p, locale)));
        NARRATIVE.forEach(p -> header.add(text("selection.nomination.field." + p, locale)));
        header.addAll(List.of(
                text("selection.ranking.final", locale),
                text("selection.ranking.rank", locale),
                text("selection.ranking.tier", locale)));
        var sheet = new Spreadsheet(round.title()).header(header).freezeColumns(2);
        for (Nomination n : shown) {
            var content = n.content() == null ? new NominationContent() : n.content();
            var view = n.toView(
                    names.containsKey(n.organizationId())
                            ? names.get(n.organizationId()).name()
                            : "");
            List<Object> row = new ArrayList<>(Arrays.asList(
                    n.id(),
                    n.title(),
                    view.organizationName(),
                    city(n.cityCode(), locale),
                    text(n.provinceRun() ? "selection.reviewBook.yes" : "selection.reviewBook.no", locale),
                    text("NominationStatus." + n.status(), locale)));
            row.add(view.submittedAt());
            fields.parts().forEach(p -> row.add(content.part(p)));
            row.add(content.getSummary());
            row.add(content.getFoundation());
            row.add(content.getPlan());
            row.add(content.getSafeguards());
            row.add(view.finalScore());
            row.add(view.decisionRank());
            row.add(view.tier());
            sheet.row(row.toArray());
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
