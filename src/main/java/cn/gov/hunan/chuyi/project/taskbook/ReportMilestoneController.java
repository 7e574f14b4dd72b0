package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school records its milestones' progress in an annual report (a refusal goes back through RefusalAdvice). */
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
        milestones.record(projectId, reportId, params, school);
        redirect.addFlashAttribute("success", "taskbook.progress.saved");
        return "redirect:/projects/" + projectId + "/reports/" + reportId;
    }
}
