package cn.gov.hunan.chuyi.selection.expert;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert pool (专家库) for province staff: who the experts are and what they know. */
@Controller
@RequestMapping("/experts")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class ExpertController {

    private final ExpertPool pool;

    ExpertController(ExpertPool pool) {
        this.pool = pool;
    }

    @InitBinder("form")
    void guard(WebDataBinder binder) {
        binder.setDisallowedFields("id", "username", "organizationName", "city");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("experts", pool.all());
        return "selection/expert/list";
    }

    @GetMapping("/{id}/edit")
    String showForm(@PathVariable long id, Model model) {
        var expert = pool.get(id);
        model.addAttribute("expert", expert);
        model.addAttribute("form", ExpertForm.of(expert));
        return "selection/expert/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ExpertForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                pool.describe(id, form.getTitle(), form.getFields(), form.getVersion());
                redirect.addFlashAttribute("success", "selection.expert.saved");
                return "redirect:/experts";
            } catch (ExpertRejected rejected) {
                errors.reject(rejected.messageKey(), rejected.arguments(), rejected.messageKey());
            } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
                errors.reject("error.409.text");
                form.setVersion(pool.get(id).version());
            }
        }
        model.addAttribute("expert", pool.get(id));
        return "selection/expert/form";
    }
}
