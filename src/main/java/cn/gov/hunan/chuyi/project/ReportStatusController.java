package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who has filed which annual report (年度建设报告报送情况), and the register as Excel. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class ReportStatusController {

    /** What the status page can filter on. */
    enum State {
        FILED, MISSING, OVERDUE;

        boolean matches(ReportTracker.OwedReport report) {
            return switch (this) {
                case FILED -> report.filed();
                case MISSING -> !report.filed();
                case OVERDUE -> report.overdue();
            };
        }
    }

    private final ReportTracker tracker;
    private final ProjectService projects;
    private final ProjectExports exports;
    private final ProgramCatalogue programs;

    ReportStatusController(ReportTracker tracker, ProjectService projects, ProjectExports exports,
            ProgramCatalogue programs) {
        this.tracker = tracker;
        this.projects = projects;
        this.exports = exports;
        this.programs = programs;
    }

    @GetMapping("/projects/reports")
    String status(@RequestParam(required = false) String program, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) State state, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer, Model model) {
        var rows = owed(program, year, state, viewer);
        var request = PageRequest.of(Math.max(page, 0), 30);
        int from = (int) Math.min(request.getOffset(), rows.size());
        model.addAttribute("page", new PageImpl<>(rows.subList(from, Math.min(from + 30, rows.size())), request, rows.size()));
        model.addAttribute("programs", programs.all());
        model.addAttribute("states", State.values());
        model.addAttribute("overdueCount", rows.stream().filter(ReportTracker.OwedReport::overdue).count());
        return "project/reports";
    }

    @GetMapping("/projects/reports.xlsx")
    ResponseEntity<byte[]> statusWorkbook(@RequestParam(required = false) String program,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) State state,
            @AuthenticationPrincipal PortalUser viewer, Locale locale) {
        return exports.reportStatus(owed(program, year, state, viewer), locale).download("annual-report-status.xlsx");
    }

    @GetMapping("/projects/export.xlsx")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
    ResponseEntity<byte[]> register(@RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal PortalUser viewer, Locale locale) {
        var all = projects.search(program == null || program.isBlank() ? null : program, status, year, viewer,
                PageRequest.of(0, ProjectService.EXPORT_LIMIT, Sort.by("programCode", "designatedYear", "id")));
        return exports.register(all.getContent(), locale).download("designated-projects.xlsx");
    }

    private List<ReportTracker.OwedReport> owed(String program, Integer year, State state, PortalUser viewer) {
        Predicate<ReportTracker.OwedReport> wanted = r -> (program == null || program.isBlank() || r.programCode().equals(program))
                && (year == null || r.year() == year)
                && (state == null || state.matches(r));
        return tracker.owed(viewer).stream().filter(wanted).toList();
    }
}
