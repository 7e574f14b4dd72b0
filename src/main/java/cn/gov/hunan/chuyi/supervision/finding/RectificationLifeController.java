package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rectification item's life after the answer (issue 16): extension requests and their decision, 催办 by hand,
 * 销号, and 复查. Each posts back to the item's page; who may do what on which item is the service's check.
 */
@Controller
class RectificationLifeController {

    private final RectificationLife rectification;

    RectificationLifeController(RectificationLife rectification) {
        this.rectification = rectification;
    }

    @PostMapping("/supervision/findings/{id}/extensions")
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String requestExtension(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDeadline,
            @AuthenticationPrincipal PortalUser responsible,
            RedirectAttributes redirect) {
        rectification.requestExtension(id, reason, proposedDeadline, responsible);
        return back(id, redirect, "supervision.extension.requested");
    }

    @PostMapping("/supervision/findings/{id}/extensions/{extensionId}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR')")
    String decideExtension(
            @PathVariable long id,
            @PathVariable long extensionId,
            @RequestParam boolean approve,
            @RequestParam(required = false) String note,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser decider,
            RedirectAttributes redirect) {
        rectification.decideExtension(id, extensionId, approve, note, version, decider);
        return back(id, redirect, approve ? "supervision.extension.approved" : "supervision.extension.refused");
    }

    @PostMapping("/supervision/findings/{id}/chase")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR')")
    String chase(
            @PathVariable long id,
            @RequestParam(required = false) String message,
            @AuthenticationPrincipal PortalUser chaser,
            RedirectAttributes redirect) {
        rectification.chase(id, message, chaser);
        return back(id, redirect, "supervision.finding.chased");
    }

    @PostMapping("/supervision/findings/{id}/sign-off")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String signOff(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser province,
            RedirectAttributes redirect) {
        rectification.signOff(id, note, confirmed, province);
        return back(id, redirect, "supervision.finding.signedOff");
    }

    @PostMapping("/supervision/findings/{id}/recheck")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR')")
    String putToRecheck(
            @PathVariable long id, @AuthenticationPrincipal PortalUser overseer, RedirectAttributes redirect) {
        rectification.putToRecheck(id, overseer);
        return back(id, redirect, "supervision.finding.putToRecheck");
    }

    @PostMapping("/supervision/findings/{id}/recheck/outcome")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR')")
    String concludeRecheck(
            @PathVariable long id,
            @RequestParam boolean closureStands,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @AuthenticationPrincipal PortalUser overseer,
            RedirectAttributes redirect) {
        rectification.concludeRecheck(id, closureStands, note, deadline, overseer);
        return back(
                id, redirect, closureStands ? "supervision.finding.recheckConfirmed" : "supervision.finding.reopened");
    }

    private static String back(long id, RedirectAttributes redirect, String success) {
        redirect.addFlashAttribute("success", success);
        return "redirect:/supervision/findings/" + id;
    }
}
