package cn.gov.hunan.chuyi.program;

import cn.gov.hunan.chuyi.account.PortalUser;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/programs")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class ProgramController {

    private final ProgramCatalogue catalogue;

    ProgramController(ProgramCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programs", catalogue.all());
        return "program/list";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", catalogue.page(code, viewer));
        return "program/detail";
    }

    @GetMapping("/{code}/target")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String showTargetForm(@PathVariable String code, Model model) {
        var program = catalogue.get(code);
        model.addAttribute("program", program);
        model.addAttribute("form", TargetForm.of(program));
        return "program/target-form";
    }

    @PostMapping("/{code}/target")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String changeTarget(
            @PathVariable String code,
            @Valid @ModelAttribute("form") TargetForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser actor,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                catalogue.changeTarget(
                        code, form.getTarget(), form.getReason(), form.getVersion(), actor.getUsername());
                redirect.addFlashAttribute("success", "program.target.saved");
                return "redirect:/programs/" + code;
            } catch (TargetChangeRejected rejected) {
                errors.reject(rejected.messageKey());
            } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
                errors.reject("program.target.error.stale");
                form.setVersion(catalogue.get(code).version());
            }
        }
        model.addAttribute("program", catalogue.get(code));
        return "program/target-form";
    }
}
