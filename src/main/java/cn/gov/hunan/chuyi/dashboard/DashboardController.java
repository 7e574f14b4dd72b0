package cn.gov.hunan.chuyi.dashboard;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.project.ProjectRegister;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import cn.gov.hunan.chuyi.project.ReportTracker;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.supervision.RectificationService;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final ProgramCatalogue programs;
    private final ProjectRegister projects;
    private final RegionDirectory regions;
    private final OrganizationDirectory organizations;
    private final RectificationService rectification;
    private final ReportTracker reports;

    DashboardController(
            ProgramCatalogue programs,
            ProjectRegister projects,
            RegionDirectory regions,
            OrganizationDirectory organizations,
            RectificationService rectification,
            ReportTracker reports) {
        this.programs = programs;
        this.projects = projects;
        this.regions = regions;
        this.organizations = organizations;
        this.rectification = rectification;
        this.reports = reports;
    }

    /** Every signed-in user lands here; what they see depends on their role. */
    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PortalUser viewer, Model model) {
        if (viewer.has(Role.PROVINCE_ADMIN)) {
            var flagships = projects.cityFlagships();
            var byCity = projects.cityProgramCounts();
            List<CityProgress> cities = regions.cities().stream()
                    .map(c -> new CityProgress(c, flagships.get(c.code()), byCity.getOrDefault(c.code(), Map.of())))
                    .toList();
            var byStatus = projects.statusCounts();
            var reportCounts = reports.byProgram(viewer);
            var catalogue = programs.all();
            var progress = catalogue.stream()
                    .map(p -> new ProgramProgress(p, byStatus.getOrDefault(p.code(), Map.of()),
                            reportCounts.getOrDefault(p.code(), new ReportTracker.ProgramReports(0, 0, 0))))
                    .toList();
            model.addAttribute("programs", catalogue);
            model.addAttribute("progress", progress);
            model.addAttribute("statuses", ProjectStatus.values());
            model.addAttribute("cities", cities);
            model.addAttribute("overdueRectifications", rectification.overdueCount());
            model.addAttribute("overdueReports", progress.stream().mapToLong(p -> p.reports().overdue()).sum());
            model.addAttribute("citiesWithFlagship", cities.stream().filter(CityProgress::hasFlagship).count());
            return "dashboard/admin";
        }
        model.addAttribute("roles", viewer.roles().stream().sorted().toList());
        model.addAttribute("city", regions.city(viewer.cityCode()).orElse(null));
        model.addAttribute(
                "organization",
                viewer.organizationId() == null ? null : organizations.find(viewer.organizationId()).orElse(null));
        return "dashboard/landing";
    }
}
