package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import jakarta.persistence.OptimisticLockException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school records its milestones' progress in an annual report (a refusal goes back through RefusalAdvice; a save
 * over lines someone else recorded meanwhile goes back to the report with what was typed and what is recorded now).
 */
@Controller
class ReportMilestoneController {

    private final ReportMilestoneService milestones;

    ReportMilestoneController(ReportMilestoneService milestones) {
        this.milestones = milestones;
    }

    @PostMapping("/projects/{projectId}/reports/{reportId}/milestones")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String record(
            @PathVariable long projectId,
            @PathVariable long reportId,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        String report = "/projects/" + projectId + "/reports/" + reportId;
        try {
            milestones.record(projectId, reportId, params, school);
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
            // someone recorded these milestones meanwhile: the report shows what is recorded now beside what was typed,
            // and the form carries the current versions, so that sending it again overwrites knowingly
            Map<String, String> typed = new HashMap<>(params);
            typed.keySet().removeIf(name -> name.startsWith("_") || name.startsWith("version_"));
            typed.put("_action", report + "/milestones");
            redirect.addFlashAttribute("typed", typed);
            redirect.addFlashAttribute("errorKey", "taskbook.progress.error.stale");
            return "redirect:" + report;
        }
        redirect.addFlashAttribute("success", "taskbook.progress.saved");
        return "redirect:" + report;
    }
}
