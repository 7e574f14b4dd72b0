package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.SafeRedirect;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import cn.gov.hunan.chuyi.attachment.Downloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String start(@PathVariable long projectId, @RequestParam int year, @AuthenticationPrincipal PortalUser school) {
        return "redirect:/projects/" + projectId + "/reports/" + reports.start(projectId, year, school);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = reports.page(id, viewer);
        if (page.project().id() != projectId) {
            throw new cn.gov.hunan.chuyi.shared.NotFoundException("report", id);
        }
        model.addAttribute("page", page);
        return "project/report";
    }

    /** Values as {@code target_<indicatorId>} and {@code actual_<indicatorId>}. */
    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String save(@PathVariable long projectId, @PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String narrative, @RequestParam long version,
            @AuthenticationPrincipal PortalUser school, RedirectAttributes redirect) {
        Map<Long, ReportValue> values = new HashMap<>();
        for (var line : reports.page(id, school).indicators()) {
            BigDecimal target = number(params.get("target_" + line.id()));
            BigDecimal actual = number(params.get("actual_" + line.id()));
            if (target != null || actual != null) {
                values.put(line.id(), new ReportValue(target, actual));
            }
        }
        reports.save(id, values, narrative, version, school);
        redirect.addFlashAttribute("success", "project.report.saved");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String attach(@PathVariable long projectId, @PathVariable long id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal PortalUser school, RedirectAttributes redirect) {
        reports.attach(id, file, school);
        redirect.addFlashAttribute("success", "attachment.saved");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<Resource> download(@PathVariable long projectId, @PathVariable long id, @PathVariable long fileId,
            @AuthenticationPrincipal PortalUser viewer) {
        var file = reports.download(id, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String submit(@PathVariable long projectId, @PathVariable long id, @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        reports.submit(id, school);
        redirect.addFlashAttribute("success", "project.report.submitted");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String review(@PathVariable long projectId, @PathVariable long id, @RequestParam boolean accepted,
            @RequestParam(required = false) String comment, @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        reports.review(id, accepted, comment, admin);
        redirect.addFlashAttribute("success", accepted ? "project.report.accepted" : "project.report.returned");
        return "redirect:/projects/" + projectId + "/reports/" + id;
    }

    private static BigDecimal number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw new ProjectRuleException("project.report.error.number");
        }
    }
}
