package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every county runs at least one public secondary vocational school: the counties, their schools, the gaps. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'INSPECTOR')")
class CoverageController {

    private final OrganizationDirectory directory;
    private final MessageSource messages;

    CoverageController(OrganizationDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/coverage")
    String coverage(@AuthenticationPrincipal PortalUser viewer, Model model) {
        var lines = directory.coverage(viewer);
        model.addAttribute("lines", lines);
        model.addAttribute("gaps", lines.stream().filter(CountyCoverage::gap).count());
        model.addAttribute(
                "demoOnly", lines.stream().filter(CountyCoverage::demoOnly).count());
        return "organization/coverage";
    }

    @GetMapping("/coverage.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal PortalUser viewer, Locale locale) {
        var sheet = new Spreadsheet(text("organization.coverage.title", locale))
                .header(
                        messages,
                        locale,
                        "organization.field.city",
                        "organization.field.county",
                        "organization.coverage.countyCode",
                        "organization.coverage.count",
                        "organization.coverage.schools",
                        "organization.coverage.gapColumn",
                        "organization.coverage.demoColumn");
        for (CountyCoverage line : directory.coverage(viewer)) {
            sheet.row(
                    line.city().displayName(locale),
                    line.county().name(),
                    line.county().code(),
                    line.schools().size(),
                    line.schools().stream().map(OrganizationProfile::name).collect(Collectors.joining("；")),
                    text(line.gap() ? "organization.coverage.yes" : "organization.coverage.no", locale),
                    text(line.demoOnly() ? "organization.coverage.yes" : "organization.coverage.no", locale));
        }
        return sheet.download("county-coverage.xlsx");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
