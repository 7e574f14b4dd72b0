package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An inspection task: team, the city's data, findings, scores and report. */
@Controller
@RequestMapping("/supervision/tasks")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class TaskController {

    private final SupervisionService supervision;
    private final RectificationService rectification;
    private final OrganizationDirectory organizations;
    private final SchoolDataService schoolData;

    TaskController(SupervisionService supervision, RectificationService rectification, OrganizationDirectory organizations,
            SchoolDataService schoolData) {
        this.supervision = supervision;
        this.rectification = rectification;
        this.organizations = organizations;
        this.schoolData = schoolData;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal PortalUser viewer, Model model) {
        // a year holds 14 tasks; the list shows one year at a time, the latest by default
        var all = supervision.tasksFor(viewer, null);
        var years = all.stream().map(TaskView::planYear).distinct().sorted(Comparator.reverseOrder()).toList();
        Integer shown = year != null ? year : (years.isEmpty() ? null : years.get(0));
        model.addAttribute("tasks", all.stream().filter(t -> shown == null || t.planYear() == shown).toList());
        model.addAttribute("years", years);
        model.addAttribute("shownYear", shown);
        return "supervision/task/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var task = supervision.task(id, viewer);
        model.addAttribute("task", task);
        model.addAttribute("plan", supervision.plan(task.planId()));
        model.addAttribute("findings", rectification.ofTask(id, viewer));
        model.addAttribute("earlier", supervision.earlierFigures(id, viewer));
        model.addAttribute("returns", schoolData.returnsOf(id, viewer));
        model.addAttribute("mayReport", supervision.mayReportData(id, viewer));
        model.addAttribute("history", supervision.taskHistory(id, viewer));
        model.addAttribute("onTeam", task.leadId() != null && (task.leadId() == viewer.id() || task.memberIds().contains(viewer.id())));
        model.addAttribute("isLead", task.leadId() != null && task.leadId() == viewer.id());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("schools", organizations.search(new OrganizationFilter(task.cityCode(), null, null, null),
                PageRequest.of(0, 500), viewer).getContent());
        return "supervision/task/detail";
    }

    @PostMapping("/{id}/team")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String assignTeam(@PathVariable long id, @RequestParam(required = false) Long lead,
            @RequestParam(required = false) List<Long> members,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitTo,
            @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        if (lead == null) {
            throw new SupervisionException("supervision.task.error.lead");
        }
        supervision.assignTeam(id, lead, members == null ? Set.of() : Set.copyOf(members), visitFrom, visitTo, admin);
        redirect.addFlashAttribute("success", "supervision.task.teamSaved");
        return "redirect:/supervision/tasks/" + id;
    }

    /** The city's figures: {@code num_<indicatorId>} and {@code den_<indicatorId>}. */
    @PostMapping("/{id}/data")
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String submitData(@PathVariable long id, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser city, RedirectAttributes redirect) {
        Map<Long, int[]> figures = new HashMap<>();
        for (var indicator : supervision.plan(supervision.task(id, city).planId()).indicators()) {
            String num = params.get("num_" + indicator.id());
            String den = params.get("den_" + indicator.id());
            if (num != null && !num.isBlank() && den != null && !den.isBlank()) {
                try {
                    figures.put(indicator.id(), new int[] {Integer.parseInt(num.strip()), Integer.parseInt(den.strip())});
                } catch (NumberFormatException e) {
                    throw new SupervisionException("supervision.task.error.figures");
                }
            }
        }
        supervision.submitData(id, figures, city);
        redirect.addFlashAttribute("success", "supervision.task.dataSaved");
        return "redirect:/supervision/tasks/" + id;
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasRole('INSPECTOR')")
    String raise(@PathVariable long id, @RequestParam(required = false) String category,
            @RequestParam(required = false) Severity severity, @RequestParam(required = false) String description,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser inspector, RedirectAttributes redirect) {
        long finding = rectification.raise(id, category, severity, description, organizationId, deadline, file, inspector);
        redirect.addFlashAttribute("success", "supervision.finding.raised");
        return "redirect:/supervision/findings/" + finding;
    }

    /** Scores as {@code score_<indicatorId>} and {@code comment_<indicatorId>}. */
    @PostMapping("/{id}/scores")
    @PreAuthorize("hasRole('INSPECTOR')")
    String score(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam long version,
            @AuthenticationPrincipal PortalUser lead, RedirectAttributes redirect) {
        Map<Long, IndicatorScore> scores = new HashMap<>();
        for (var indicator : supervision.plan(supervision.task(id, lead).planId()).indicators()) {
            String raw = params.get("score_" + indicator.id());
            if (raw != null && !raw.isBlank()) {
                try {
                    scores.put(indicator.id(), new IndicatorScore(new BigDecimal(raw.strip()),
                            Text.blankToNull(params.get("comment_" + indicator.id()))));
                } catch (NumberFormatException e) {
                    throw new SupervisionException("supervision.task.error.scoreRange", indicator.name());
                }
            }
        }
        supervision.score(id, scores, version, lead);
        redirect.addFlashAttribute("success", "supervision.task.scoresSaved");
        return "redirect:/supervision/tasks/" + id;
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasRole('INSPECTOR')")
    String report(@PathVariable long id, @RequestParam(required = false) String summary,
            @AuthenticationPrincipal PortalUser lead, RedirectAttributes redirect) {
        supervision.report(id, summary, lead);
        redirect.addFlashAttribute("success", "supervision.task.reported");
        return "redirect:/supervision/tasks/" + id;
    }

}
