package cn.gov.hunan.chuyi.dashboard;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import cn.gov.hunan.chuyi.region.City;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.selection.PublicityService;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final AdminFigures adminFigures;
    private final RegionDirectory regions;
    private final OrganizationDirectory organizations;
    private final PublicityService publicity;

    DashboardController(
            AdminFigures adminFigures,
            RegionDirectory regions,
            OrganizationDirectory organizations,
            PublicityService publicity) {
        this.adminFigures = adminFigures;
        this.regions = regions;
        this.organizations = organizations;
        this.publicity = publicity;
    }

    /**
     * Every signed-in user lands here; what they see depends on their role. Not before the second factor is given
     * (the sign-in flow sends such a user back to it): said here too, so the menu offers no dashboard meanwhile.
     */
    @GetMapping("/")
    @PreAuthorize("isAuthenticated() and !hasAuthority('PENDING_SECOND_FACTOR')")
    String dashboard(@AuthenticationPrincipal PortalUser viewer, Locale locale, Model model) {
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            var figures = adminFigures.current(viewer);
            model.addAttribute("programs", figures.programs());
            model.addAttribute("progress", figures.progress());
            model.addAttribute("statuses", ProjectStatus.values());
            model.addAttribute("cities", figures.cities());
            model.addAttribute("overdueRectifications", figures.overdueRectifications());
            model.addAttribute("rectificationByCity", figures.rectificationByCity());
            // the cities by code, for their names in the viewer's language (the counts carry the Chinese one)
            model.addAttribute("cityByCode", regions.cities().stream().collect(Collectors.toMap(City::code, c -> c)));
            model.addAttribute("overdueReports", figures.overdueReports());
            model.addAttribute("citiesWithFlagship", figures.citiesWithFlagship());
            model.addAttribute("computedAt", PortalTime.local(figures.computedAt()));
            // counted on every visit, not with the cached figures: an objection is work for today
            model.addAttribute("openObjections", publicity.openObjections());
            // money allocated and spent, and the dynamic adjustments per year: kept with the figures for their minute
            model.addAttribute("fundOverview", adminFigures.funds(figures, locale));
            model.addAttribute("adjustmentYears", figures.adjustmentYears());
            return "dashboard/admin";
        }
        model.addAttribute("roles", viewer.roles().stream().sorted().toList());
        model.addAttribute("city", regions.city(viewer.cityCode()).orElse(null));
        model.addAttribute(
                "organization",
                viewer.organizationId() == null
                        ? null
                        : organizations.find(viewer.organizationId()).orElse(null));
        return "dashboard/landing";
    }
}
