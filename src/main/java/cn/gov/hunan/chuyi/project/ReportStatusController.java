package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.project.ReportTracker.State;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
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

    private final ReportTracker tracker;
    private final ProjectService projects;
    private final ProjectExports exports;
    private final ProgramCatalogue programs;
    private final ReportReminders reminders;

    ReportStatusController(
            ReportTracker tracker,
            ProjectService projects,
            ProjectExports exports,
            ProgramCatalogue programs,
            ReportReminders reminders) {
        this.tracker = tracker;
        this.reminders = reminders;
        this.projects = projects;
        this.exports = exports;
        this.programs = programs;
    }

    @GetMapping("/projects/reports")
    String status(
            @RequestParam(required = false) String program,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) State state,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var rows = tracker.page(program, year, state, viewer, PageRequest.of(Math.max(page, 0), 30));
        model.addAttribute("page", rows);
        // 已催办 N 次 per row: one ledger query for the page
        model.addAttribute("reminders", reminders.ofRows(rows.getContent()));
        model.addAttribute("programs", programs.all());
        model.addAttribute("states", State.values());
        model.addAttribute(
                "overdueCount",
                tracker.owed(program, year, State.OVERDUE, viewer).size());
        return "project/reports";
    }

    @GetMapping("/projects/reports.xlsx")
    ResponseEntity<byte[]> statusWorkbook(
            @RequestParam(required = false) String program,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) State state,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale) {
        return exports.reportStatus(tracker.owed(program, year, state, viewer), locale)
                .download("annual-report-status.xlsx");
    }

    @GetMapping("/projects/export.xlsx")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
    ResponseEntity<byte[]> register(
            @RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) BigDecimal rateBelow,
            @RequestParam(required = false) Tier tier,
            @RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale) {
        var filter = new ProjectFilter(program, status, year, rateBelow, tier, overdue);
        return exports.register(projects.all(filter, viewer), locale).download("designated-projects.xlsx");
    }
}
