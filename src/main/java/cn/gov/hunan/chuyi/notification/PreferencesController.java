package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own choices for notices: the address and language of their mails and, per kind, in the portal only, also by
 * e-mail, or in a daily digest. Always the signed-in user's; a refused form comes back as typed with every reason.
 */
@Controller
@RequestMapping("/notifications/preferences")
class PreferencesController {

    private final NoticePreferences preferences;

    PreferencesController(NoticePreferences preferences) {
        this.preferences = preferences;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "language", "channels*", "version");
    }

    @GetMapping
    String show(@AuthenticationPrincipal PortalUser viewer, Locale locale, Model model) {
        var page = preferences.page(viewer.id(), locale);
        model.addAttribute("page", page);
        model.addAttribute("form", page.form());
        return "notification/preferences";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") PreferencesForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser viewer,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                preferences.save(viewer.id(), form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/notifications/preferences";
            } catch (PreferencesRejected refused) {
                refused.reportTo(errors);
            }
        }
        model.addAttribute("page", preferences.page(form));
        return "notification/preferences";
    }
}
