package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation directory as an Excel workbook, with the list's filters and the viewer's slice (province staff and
 * inspectors every organisation, a city officer its city's, a school its own): one query for the rows.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class OrganizationExportController {

    /** Far above the province's directory (a few thousand rows), so the export is whole yet never unbounded. */
    static final int MAX_ROWS = 20_000;

    private final OrganizationDirectory directory;
    private final RegionDirectory regions;
    private final MessageSource messages;

    OrganizationExportController(OrganizationDirectory directory, RegionDirectory regions, MessageSource messages) {
        this.directory = directory;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/organizations.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String q,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale) {
        var page = directory.search(new OrganizationFilter(city, county, kind, q), PageRequest.of(0, MAX_ROWS), viewer);
        var sheet = new Spreadsheet(text("organization.export.title", locale))
                .header(
                        messages,
                        locale,
                        "organization.field.name",
                        "organization.field.kind",
                        "organization.field.city",
                        "organization.field.county",
                        "organization.field.affiliation",
                        "organization.export.provinceRun",
                        "organization.field.competentAuthority");
        for (OrganizationProfile o : page) {
            sheet.row(
                    o.name(),
                    text("OrganizationKind." + o.kind(), locale),
                    o.cityCode() == null
                            ? null
                            : regions.city(o.cityCode())
                                    .map(c -> c.displayName(locale))
                                    .orElse(o.cityCode()),
                    o.countyCode() == null
                            ? null
                            : regions.county(o.countyCode()).map(c -> c.name()).orElse(o.countyCode()),
                    text(o.privatelyRun() ? "organization.export.private" : "organization.export.public", locale),
                    text(o.provinceRun() ? "organization.export.yes" : "organization.export.no", locale),
                    o.competentAuthority());
        }
        return sheet.download("organizations.xlsx");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
