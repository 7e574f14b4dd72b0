package cn.gov.hunan.chuyi.project.adjustment;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dynamic adjustment: decided by the department on a project's page; the year's list is public. */
@Controller
class AdjustmentController {

    private final AdjustmentService adjustments;
    private final AdjustmentPages pages;

    AdjustmentController(AdjustmentService adjustments, AdjustmentPages pages) {
        this.adjustments = adjustments;
        this.pages = pages;
    }

    @PostMapping("/projects/{id}/adjustments")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String adjust(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String meetingName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        adjustments.adjust(
                id,
                new AdjustmentService.AdjustmentForm(kind, meetingName, meetingDate, reason),
                version,
                confirmed,
                admin);
        redirect.addFlashAttribute("success", "adjustment.recorded");
        return "redirect:/projects/" + id;
    }

    /** 动态调整名单: the year's adjustments, for everyone. */
    @GetMapping("/adjustments")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", pages.publicPage(year));
        return "project/adjustments";
    }
}
