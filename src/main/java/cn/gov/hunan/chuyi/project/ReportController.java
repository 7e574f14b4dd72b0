package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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

/** Annual progress reports of a project. */
@Controller
@RequestMapping("/projects/{projectId}/reports")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class ReportController {

    private final ReportService reports;
    private final ReportCompletion completion;
    private final ObjectProvider<ReportMilestones> milestones;

    ReportController(ReportService reports, ReportCompletion completion, ObjectProvider<ReportMilestones> milestones) {
        this.reports = reports;
        this.completion = completion;
        this.milestones = milestones;
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String start(@PathVariable long projectId, @RequestParam int year, @AuthenticationPrincipal PortalUser school) {
        return "redirect:/projects/" + projectId + "/reports/" + reports.start(projectId, year, school);
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long projectId,
            @PathVariable long id,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var page = reports.page(id, viewer);
        if (page.project().id() != projectId) {
            throw new NotFoundException("report", id);
        }
        model.addAttribute("page", page);
        model.addAttribute("against", completion.against(page));
        ReportMilestones source = milestones.getIfAvailable();
        model.addAttribute(
                "milestones",
                source == null
                        ? List.of()
                        : source.of(projectId, id, page.report().year()));
        model.addAttribute("milestoneProgress", source == null ? List.of() : source.progresses());
        return "project/report";
    }

    /** Values as {@code target_<indicatorId>} and {@code actual_<indicatorId>}. */
    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String save(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) String narrative,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser school,
            Model model,
            RedirectAttributes redirect) {
        try {
            reports.save(
                    id, ReportForm.values(params, reports.page(id, school).indicators()), narrative, version, school);
        } catch (ReportRejected refused) {
            return refused(projectId, id, params, refused, school, model);
        }
        redirect.addFlashAttribute("success", "project.report.saved");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String attach(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        reports.attach(id, file, school);
        redirect.addFlashAttribute("success", "attachment.saved");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<Resource> download(
            @PathVariable long projectId,
            @PathVariable long id,
            @PathVariable long fileId,
            @AuthenticationPrincipal PortalUser viewer) {
        var file = reports.download(id, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    /**
     * Submits the report. From the page, the form's values come along and are saved first (so that what is on the
     * page is what is checked, and nothing typed is lost when the check refuses); without them, what was saved is
     * submitted.
     */
    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String submit(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) String narrative,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal PortalUser school,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (version != null) {
                reports.save(
                        id,
                        ReportForm.values(params, reports.page(id, school).indicators()),
                        narrative,
                        version,
                        school);
            }
            reports.submit(id, school);
        } catch (ReportRejected refused) {
            return refused(projectId, id, params, refused, school, model);
        }
        redirect.addFlashAttribute("success", "project.report.submitted");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String review(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam boolean accepted,
            @RequestParam(required = false) String comment,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        reports.review(id, accepted, comment, admin);
        redirect.addFlashAttribute("success", accepted ? "project.report.accepted" : "project.report.returned");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    /** The report page again, with what was typed in its fields and each reason beside its field. */
    private String refused(
            long projectId,
            long id,
            Map<String, String> params,
            ReportRejected refused,
            PortalUser school,
            Model model) {
        show(projectId, id, school, model);
        Map<String, String> typed = new HashMap<>(params);
        typed.remove("_csrf");
        typed.put("_action", "/projects/" + projectId + "/reports/" + id);
        model.addAttribute("typed", typed);
        model.addAttribute("fieldErrors", refused.fields());
        model.addAttribute("errorKey", refused.messageKey());
        return "project/report";
    }
}
