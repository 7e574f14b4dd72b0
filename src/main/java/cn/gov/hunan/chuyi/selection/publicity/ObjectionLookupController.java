package cn.gov.hunan.chuyi.selection.publicity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where an objector, with or without an account, reads the disposition of their objection: by its reference and
 * the telephone given with it, posted (never in the address, which logs and proxies keep).
 */
@Controller
@RequestMapping("/publicity/lookup")
@PreAuthorize("permitAll()")
class ObjectionLookupController {

    private final PublicObjections objections;
    private final PublicitySettings settings;

    ObjectionLookupController(PublicObjections objections, PublicitySettings settings) {
        this.objections = objections;
        this.settings = settings;
    }

    @InitBinder("lookup")
    void guard(WebDataBinder binder) {
        binder.setAllowedFields("reference", "telephone");
    }

    @GetMapping
    String showForm(CsrfToken csrf, Model model) {
        // an anonymous visitor's token lives in a new session, which must exist before the page is written
        csrf.getToken();
        model.addAttribute("lookup", new LookupForm());
        model.addAttribute("settings", settings);
        return "selection/publicity/lookup";
    }

    @PostMapping
    String lookUp(
            @ModelAttribute("lookup") LookupForm form, BindingResult errors, HttpServletRequest request, Model model) {
        model.addAttribute("settings", settings);
        try {
            objections
                    .lookUp(form.getReference(), form.getTelephone(), request.getRemoteAddr())
                    .ifPresentOrElse(
                            disposition -> model.addAttribute("disposition", disposition),
                            () -> errors.reject("selection.lookup.notFound"));
        } catch (ObjectionRejected rejected) {
            rejected.reportTo(errors);
        }
        return "selection/publicity/lookup";
    }
}
