package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationFilter;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.project.evaluation.LifePages;
import cn.gov.hunan.chuyi.project.funds.FundService;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of designated projects (立项项目库). */
@Controller
@RequestMapping("/projects")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class ProjectController {

    private final ProjectService projects;
    private final ProjectPages pages;
    private final ProgramCatalogue programs;
    private final OrganizationDirectory organizations;
    private final ReportReminders reportReminders;
    private final LifePages life;
    private final FundService funds;

    ProjectController(
            ProjectService projects,
            ProjectPages pages,
            ProgramCatalogue programs,
            OrganizationDirectory organizations,
            ReportReminders reportReminders,
            LifePages life,
            FundService funds) {
        this.projects = projects;
        this.pages = pages;
        this.programs = programs;
        this.organizations = organizations;
        this.reportReminders = reportReminders;
        this.life = life;
        this.funds = funds;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) BigDecimal rateBelow,
            @RequestParam(required = false) Tier tier,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale,
            Model model) {
        var request = PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "designatedYear", "id"));
        model.addAttribute(
                "page",
                pages.list(
                        new ProjectFilter(program, status, year, rateBelow, tier, overdue), viewer, request, locale));
        return "project/list";
    }

    /** The designation list (立项建设名单) as a printable document, one table per programme. */
    @GetMapping("/print")
    String print(
            @RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) BigDecimal rateBelow,
            @RequestParam(required = false) Tier tier,
            @RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale,
            Model model) {
        var found = projects.all(new ProjectFilter(program, status, year, rateBelow, tier, overdue), viewer);
        var byProgram = found.stream()
                .collect(Collectors.groupingBy(ProjectView::programCode, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute(
                "groups",
                programs.all().stream()
                        .filter(p -> byProgram.containsKey(p.code()))
                        .map(p -> Map.entry(p.name(locale), byProgram.get(p.code())))
                        .toList());
        model.addAttribute("year", year);
        model.addAttribute("today", LocalDate.now(PortalTime.ZONE));
        return "project/print";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = pages.page(id, viewer);
        model.addAttribute("page", page);
        // 已催办 N 次 per annual report year (filed or still owed): one ledger query
        model.addAttribute(
                "reportReminders",
                reportReminders.ofProject(
                        id,
                        Stream.concat(page.reports().stream().map(ReportView::year), page.yearsToFile().stream())
                                .toList()));
        model.addAttribute("life", life.page(page, viewer));
        // the page above has checked that the viewer sees the project
        model.addAttribute("funds", funds.summary(id));
        return "project/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String showNewForm(@AuthenticationPrincipal PortalUser admin, Model model) {
        model.addAttribute("programs", programs.all());
        model.addAttribute(
                "organizations",
                organizations
                        .search(OrganizationFilter.none(), PageRequest.of(0, 5000), admin)
                        .getContent());
        return "project/form";
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String register(
            @RequestParam String program,
            @RequestParam long organization,
            @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "0") int year,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String documentNumber,
            @RequestParam(defaultValue = "3") int constructionYears,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        long id = projects.register(
                program, organization, title, year, tier, documentNumber, constructionYears, admin.getUsername());
        redirect.addFlashAttribute("success", "project.registered");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String revoke(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        ConfirmationRequired.unless(
                confirmed, "project.confirmRevoke", projects.get(id, admin).title());
        projects.revoke(id, reason, version, admin);
        redirect.addFlashAttribute("success", "project.revoked");
        return "redirect:/projects/" + id;
    }
}
