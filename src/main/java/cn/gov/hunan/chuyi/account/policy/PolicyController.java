package cn.gov.hunan.chuyi.account.policy;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security policy (/admin/policy), set by the security administrator. */
@Controller
class PolicyController {

    private final PolicyService policy;

    PolicyController(PolicyService policy) {
        this.policy = policy;
    }

    @GetMapping("/admin/policy")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String policyForm(Model model) {
        model.addAttribute("policy", policy.form());
        model.addAttribute("roles", Role.values());
        model.addAttribute("always", TwoFactorRules.ALWAYS);
        return "account/admin/policy";
    }

    @PostMapping("/admin/policy")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String changePolicy(
            @RequestParam int lockoutAttempts,
            @RequestParam int lockoutWindowMinutes,
            @RequestParam int lockoutMinutes,
            @RequestParam int ipAttempts,
            @RequestParam int passwordMinLength,
            @RequestParam int passwordExpiryDays,
            @RequestParam int passwordHistory,
            @RequestParam int sessionIdleMinutes,
            @RequestParam int sessionAbsoluteHours,
            @RequestParam int privilegedMaxSessions,
            @RequestParam(required = false) List<Role> relaxedRoles,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser actor,
            Model model,
            RedirectAttributes redirect) {
        Set<Role> relaxed = relaxedRoles == null || relaxedRoles.isEmpty()
                ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(relaxedRoles);
        var form = new PolicyForm(
                lockoutAttempts,
                lockoutWindowMinutes,
                lockoutMinutes,
                ipAttempts,
                passwordMinLength,
                passwordExpiryDays,
                passwordHistory,
                sessionIdleMinutes,
                sessionAbsoluteHours,
                privilegedMaxSessions,
                relaxed,
                version);
        try {
            policy.change(form, actor);
        } catch (AccountRejected refused) {
            // the form comes back with what was typed, and the reason
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("policy", form);
            model.addAttribute("roles", Role.values());
            model.addAttribute("always", TwoFactorRules.ALWAYS);
            return "account/admin/policy";
        }
        redirect.addFlashAttribute("success", "account.policy.saved");
        return "redirect:/admin/policy";
    }
}
