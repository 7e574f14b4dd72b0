package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationFilter;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An inspection task: team, the city's data, findings, scores and report. */
@Controller
@RequestMapping("/supervision/tasks")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class TaskController {

    private final TaskService supervision;
    private final TaskPages pages;
    private final PlanService plans;
    private final OrganizationDirectory organizations;
    private final InspectedProjects projects;

    TaskController(
            TaskService supervision,
            TaskPages pages,
            PlanService plans,
            OrganizationDirectory organizations,
            InspectedProjects projects) {
        this.supervision = supervision;
        this.pages = pages;
        this.plans = plans;
        this.organizations = organizations;
        this.projects = projects;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal PortalUser viewer, Model model) {
        // a year holds 14 tasks; the list shows one year at a time, the latest by default
        var all = supervision.tasksFor(viewer, null);
        var years = all.stream()
                .map(TaskView::planYear)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        Integer shown = year != null ? year : (years.isEmpty() ? null : years.get(0));
        model.addAttribute(
                "tasks",
                all.stream().filter(t -> shown == null || t.planYear() == shown).toList());
        model.addAttribute("years", years);
        model.addAttribute("shownYear", shown);
        return "supervision/task/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = pages.page(id, viewer);
        model.addAttribute("page", page);
        // the schools of the task's city, one of which a new finding may name as responsible
        model.addAttribute(
                "schools",
                organizations
                        .search(
                                new OrganizationFilter(page.task().cityCode(), null, null, null),
                                PageRequest.of(0, 500),
                                viewer)
                        .getContent()
                        .stream()
                        .filter(o -> o.kind().isSchool())
                        .toList());
        // the designated projects it inspects, which a new finding may be addressed to
        model.addAttribute("inspected", projects.page(id, viewer));
        return "supervision/task/detail";
    }

    @PostMapping("/{id}/team")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String assignTeam(
            @PathVariable long id,
            @RequestParam(required = false) Long lead,
            @RequestParam(required = false) List<Long> members,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitTo,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        if (lead == null) {
            throw new TaskRejected("supervision.task.error.lead");
        }
        supervision.assignTeam(id, lead, members == null ? Set.of() : Set.copyOf(members), visitFrom, visitTo, admin);
        redirect.addFlashAttribute("success", "supervision.task.teamSaved");
        return "redirect:/supervision/tasks/" + id;
    }

    /** The city's figures: {@code num_<indicatorId>} and {@code den_<indicatorId>}. */
    @PostMapping("/{id}/data")
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String submitData(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser city,
            RedirectAttributes redirect) {
        Map<Long, int[]> figures = new HashMap<>();
        for (var indicator : plans.plan(supervision.task(id, city).planId()).indicators()) {
            // a map of every posted field is not bound through the trimming editor: Text trims it here
            String num = Text.blankToNull(params.get("num_" + indicator.id()));
            String den = Text.blankToNull(params.get("den_" + indicator.id()));
            if (num != null && den != null) {
                try {
                    figures.put(indicator.id(), new int[] {Integer.parseInt(num), Integer.parseInt(den)});
                } catch (NumberFormatException e) {
                    throw new TaskRejected("supervision.task.error.figures");
                }
            }
        }
        supervision.submitData(id, figures, city);
        redirect.addFlashAttribute("success", "supervision.task.dataSaved");
        return "redirect:/supervision/tasks/" + id;
    }

    /** Scores as {@code score_<indicatorId>} and {@code comment_<indicatorId>}. */
    @PostMapping("/{id}/scores")
    @PreAuthorize("hasRole('INSPECTOR')")
    String score(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser lead,
            RedirectAttributes redirect) {
        Map<Long, IndicatorScore> scores = new HashMap<>();
        for (var indicator : plans.plan(supervision.task(id, lead).planId()).indicators()) {
            String raw = Text.blankToNull(params.get("score_" + indicator.id()));
            if (raw != null) {
                try {
                    scores.put(
                            indicator.id(),
                            new IndicatorScore(
                                    new BigDecimal(raw), Text.blankToNull(params.get("comment_" + indicator.id()))));
                } catch (NumberFormatException e) {
                    throw new TaskRejected("supervision.task.error.scoreRange", indicator.name());
                }
            }
        }
        supervision.score(id, scores, version, lead);
        redirect.addFlashAttribute("success", "supervision.task.scoresSaved");
        return "redirect:/supervision/tasks/" + id;
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasRole('INSPECTOR')")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String summary,
            @AuthenticationPrincipal PortalUser lead,
            RedirectAttributes redirect) {
        supervision.report(id, summary, lead);
        redirect.addFlashAttribute("success", "supervision.task.reported");
        return "redirect:/supervision/tasks/" + id;
    }
}
