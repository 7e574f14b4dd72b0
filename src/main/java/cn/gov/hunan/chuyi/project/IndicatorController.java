package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The construction indicators (建设指标) of a programme: the department keeps them. */
@Controller
@RequestMapping("/programs/{code}/indicators")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class IndicatorController {

    private final IndicatorService indicators;
    private final ProgramCatalogue programs;

    IndicatorController(IndicatorService indicators, ProgramCatalogue programs) {
        this.indicators = indicators;
        this.programs = programs;
    }

    @GetMapping
    String page(@PathVariable String code, Model model) {
        model.addAttribute("program", programs.get(code));
        model.addAttribute("page", indicators.page(code));
        return "project/indicators";
    }

    @PostMapping
    String add(
            @PathVariable String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        indicators.add(code, name, unit, admin.getUsername());
        return saved(code, redirect);
    }

    @PostMapping("/{id}")
    String rename(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        indicators.rename(id, name, unit, version, admin.getUsername());
        return saved(code, redirect);
    }

    @PostMapping("/{id}/active")
    String setActive(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam boolean active,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        indicators.setActive(id, active, version, admin.getUsername());
        return saved(code, redirect);
    }

    @PostMapping("/{id}/move")
    String move(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam boolean up,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        indicators.move(id, up, admin.getUsername());
        return saved(code, redirect);
    }

    private static String saved(String code, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", "project.indicator.saved");
        return "redirect:/programs/" + code + "/indicators";
    }
}
