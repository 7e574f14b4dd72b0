package cn.gov.hunan.chuyi.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator releases a sign-in lockout (the owner may also wait, or sign in from a known address). */
@Controller
class LockoutController {

    private final SignInGuard guard;

    LockoutController(SignInGuard guard) {
        this.guard = guard;
    }

    @PostMapping("/admin/users/{id}/lockout/release")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String release(@PathVariable long id, @AuthenticationPrincipal PortalUser actor, RedirectAttributes redirect) {
        guard.release(id, actor);
        redirect.addFlashAttribute("success", "account.admin.lockoutReleased");
        return "redirect:/admin/users/" + id;
    }
}
