package cn.gov.hunan.chuyi.project.funds;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import java.util.EnumMap;
import java.util.Map;
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

/** A project's funds: read by whoever sees the project, kept by the department; spending stated by the school. */
@Controller
@RequestMapping("/projects/{projectId}")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class FundController {

    private final FundService funds;

    FundController(FundService funds) {
        this.funds = funds;
    }

    @GetMapping("/funds")
    String show(
            @PathVariable long projectId,
            @RequestParam(required = false) Long edit,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        model.addAttribute("page", funds.page(projectId, edit, viewer));
        return "funds/project";
    }

    @PostMapping("/funds")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String add(
            @PathVariable long projectId,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String document,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        funds.add(projectId, AllocationForm.check(year, source, amount, document), admin);
        redirect.addFlashAttribute("success", "funds.added");
        return "redirect:/projects/" + projectId + "/funds";
    }

    @PostMapping("/funds/{allocationId}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String change(
            @PathVariable long projectId,
            @PathVariable long allocationId,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String document,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        funds.change(projectId, allocationId, AllocationForm.check(year, source, amount, document), version, admin);
        redirect.addFlashAttribute("success", "funds.changed");
        return "redirect:/projects/" + projectId + "/funds";
    }

    @PostMapping("/funds/{allocationId}/delete")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String delete(
            @PathVariable long projectId,
            @PathVariable long allocationId,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        ConfirmationRequired.unless(confirmed, "funds.confirmDelete");
        funds.delete(projectId, allocationId, version, admin);
        redirect.addFlashAttribute("success", "funds.deleted");
        return "redirect:/projects/" + projectId + "/funds";
    }

    @GetMapping("/reports/{reportId}/spending")
    String spending(
            @PathVariable long projectId,
            @PathVariable long reportId,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        model.addAttribute("page", funds.spending(projectId, reportId, viewer));
        return "funds/spending";
    }

    /** Amounts as {@code amount_<SOURCE>}; a blank one means none from that source. */
    @PostMapping("/reports/{reportId}/spending")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String saveSpending(
            @PathVariable long projectId,
            @PathVariable long reportId,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        Map<FundSource, String> typed = new EnumMap<>(FundSource.class);
        for (FundSource source : FundSource.values()) {
            typed.put(source, params.get("amount_" + source.name()));
        }
        funds.saveSpending(projectId, reportId, typed, school);
        redirect.addFlashAttribute("success", "funds.spending.saved");
        return "redirect:/projects/" + projectId + "/reports/" + reportId + "/spending";
    }
}
