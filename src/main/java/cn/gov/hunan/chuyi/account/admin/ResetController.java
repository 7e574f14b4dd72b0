package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resets under the two-person rule (/admin/resets): the system administrator asks and collects, a security
 * administrator approves or refuses on a page that shows what is asked, by whom and why (see {@link AccountResets}).
 */
@Controller
class ResetController {

    private final AccountResets resets;
    private final ResetPages pages;

    ResetController(AccountResets resets, ResetPages pages) {
        this.resets = resets;
        this.pages = pages;
    }

    @GetMapping("/admin/resets")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String list(@AuthenticationPrincipal PortalUser actor, Model model) {
        model.addAttribute("page", pages.overview(actor));
        return "account/admin/resets";
    }

    @GetMapping("/admin/resets/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser actor, Model model) {
        model.addAttribute("page", pages.page(id, actor));
        return "account/admin/reset";
    }

    @PostMapping("/admin/users/{id}/two-factor")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String requestSecondFactorReset(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        long request = resets.requestSecondFactorReset(id, reason, actor);
        redirect.addFlashAttribute("success", "account.reset.requested");
        return "redirect:/admin/resets/" + request;
    }

    @PostMapping("/admin/resets/{id}/approve")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String approve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        resets.approve(id, version, confirmed, actor);
        redirect.addFlashAttribute("success", "account.reset.approved");
        return "redirect:/admin/resets/" + id;
    }

    @PostMapping("/admin/resets/{id}/refuse")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String refuse(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        resets.refuse(id, version, reason, actor);
        redirect.addFlashAttribute("success", "account.reset.refused");
        return "redirect:/admin/resets/" + id;
    }

    /** The approved password reset is carried out now; its one-time password is shown this once, to its requester. */
    @PostMapping("/admin/resets/{id}/collect")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String collect(
            @PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser actor, Model model) {
        model.addAttribute("oneTime", resets.collect(id, version, actor));
        return "account/admin/one-time";
    }
}
