package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * Account administration (/admin/users) for the system administrator (accounts) and the security administrator
 * (roles). The security policy's page is {@code policy.PolicyController}'s.
 */
@Controller
class AdminController {

    private final AccountAdmin admin;
    private final AccountEmails emails;
    private final AccountResets resets;
    private final RoleGrants roles;

    AdminController(AccountAdmin admin, AccountResets resets, RoleGrants roles, AccountEmails emails) {
        this.admin = admin;
        this.emails = emails;
        this.resets = resets;
        this.roles = roles;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser actor,
            Model model) {
        model.addAttribute("page", admin.list(q, PageRequest.of(Math.max(page, 0), 30, Sort.by("username")), actor));
        return "account/admin/list";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newForm() {
        return "account/admin/form";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String cityCode,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String email,
            @AuthenticationPrincipal PortalUser actor,
            Model model) {
        try {
            model.addAttribute("oneTime", emails.create(username, displayName, cityCode, organizationId, email, actor));
            return "account/admin/one-time";
        } catch (AccountRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("cityCode", cityCode);
            model.addAttribute("organizationId", organizationId);
            model.addAttribute("email", email);
            model.addAttribute("errorField", e.field());
            return "account/admin/form";
        }
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser actor, Model model) {
        model.addAttribute("page", admin.page(id, actor));
        return "account/admin/detail";
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String describe(
            @PathVariable long id,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String cityCode,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String email,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        emails.describe(id, displayName, cityCode, organizationId, email, version, actor);
        redirect.addFlashAttribute("success", "account.admin.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/enabled")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String setEnabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        // disabling ends every session of the account at once (enabling again does not bring them back): ask first
        ConfirmationRequired.unless(
                enabled || confirmed,
                "account.admin.disableConfirm",
                admin.get(id, actor).username());
        admin.setEnabled(id, enabled, reason, version, actor);
        redirect.addFlashAttribute("success", enabled ? "account.admin.enabled" : "account.admin.disabled");
        return "redirect:/admin/users/" + id;
    }

    /** A business account's password is reset at once; a privileged account's reset becomes a request to approve. */
    @PostMapping("/admin/users/{id}/password")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String resetPassword(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser actor,
            Model model,
            RedirectAttributes redirect) {
        var outcome = resets.resetPassword(id, version, reason, actor);
        if (outcome.oneTime() != null) {
            model.addAttribute("oneTime", outcome.oneTime());
            return "account/admin/one-time";
        }
        redirect.addFlashAttribute("success", "account.reset.requested");
        return "redirect:/admin/resets/" + outcome.requestId();
    }

    @PostMapping("/admin/users/{id}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String changeRole(
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam boolean grant,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        if (grant) {
            roles.grant(id, role, reason, actor);
        } else {
            roles.revoke(id, role, reason, actor);
        }
        redirect.addFlashAttribute("success", grant ? "account.admin.granted" : "account.admin.revoked");
        return "redirect:/admin/users/" + id;
    }
}
