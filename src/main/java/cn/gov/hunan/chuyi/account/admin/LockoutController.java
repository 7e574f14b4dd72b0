package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator releases a sign-in lockout (the owner may also wait, or sign in from a known address). */
@Controller
class LockoutController {

    private final SignInGuard guard;
    private final AccountAdmin accounts;

    LockoutController(SignInGuard guard, AccountAdmin accounts) {
        this.guard = guard;
        this.accounts = accounts;
    }

    @PostMapping("/admin/users/{id}/lockout/release")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String release(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        // the failures counted so far are forgiven for good: ask first, naming the account
        ConfirmationRequired.unless(
                confirmed,
                "account.admin.releaseConfirm",
                accounts.get(id, actor).username());
        guard.release(id, actor);
        redirect.addFlashAttribute("success", "account.admin.lockoutReleased");
        return "redirect:/admin/users/" + id;
    }
}
