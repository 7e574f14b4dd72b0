package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

/**
 * The API keys (/admin/api-keys): the security administrator issues them (a name, scopes, an expiry), sees each
 * key once when it is issued, and revokes them after a confirmation; the history lists every issue and revocation.
 */
@Controller
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class ApiKeyController {

    static final String VIEW = "api/keys";

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/api-keys")
    String keys(Model model) {
        model.addAttribute("page", keys.page());
        return VIEW;
    }

    /**
     * Issues a key and answers the page with the key itself, this once: not through a redirect, so that the key never
     * travels through the session; the answer is not cached. A refused form comes back with what was typed.
     */
    @PostMapping("/admin/api-keys")
    String issue(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<ApiScope> scopes,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            @AuthenticationPrincipal PortalUser actor,
            Model model,
            HttpServletResponse response) {
        var form = new ApiKeys.IssueForm(
                name,
                scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes),
                expiresOn);
        try {
            var issued = keys.issue(form, actor);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("issued", issued);
        } catch (ApiKeyRejected refused) {
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorArgs", refused.arguments());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("form", form);
        }
        model.addAttribute("page", keys.page());
        return VIEW;
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @RequestParam(name = ConfirmationRequired.PARAMETER, defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser actor,
            RedirectAttributes redirect) {
        var key = keys.key(id);
        ConfirmationRequired.unless(confirmed, "api.keys.confirm.revoke", key.name(), key.prefix());
        keys.revoke(id, version, reason, actor);
        redirect.addFlashAttribute("success", "api.keys.revoked");
        redirect.addFlashAttribute("successArgs", new Object[] {key.name()});
        return "redirect:/admin/api-keys";
    }
}
