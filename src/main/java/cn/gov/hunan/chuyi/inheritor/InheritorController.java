package cn.gov.hunan.chuyi.inheritor;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Spirit inheritors: the public list of the recognised; nominations, awards and decisions for signed-in users. */
@Controller
@RequestMapping("/inheritors")
class InheritorController {

    private static final String BUSINESS =
            "hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')";

    private final InheritorService inheritors;
    private final RegionDirectory regions;

    InheritorController(InheritorService inheritors, RegionDirectory regions) {
        this.inheritors = inheritors;
        this.regions = regions;
    }

    /** Public, no sign-in: the recognised inheritors with their school. */
    @GetMapping
    String recognised(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        model.addAttribute(
                "page",
                inheritors.publicPage(
                        year,
                        viewer,
                        PageRequest.of(
                                Math.max(page, 0),
                                20,
                                Sort.by(Sort.Direction.DESC, "recognisedYear").and(Sort.by("id")))));
        model.addAttribute("regions", regions);
        return "inheritor/public";
    }

    @GetMapping("/nominations")
    @PreAuthorize(BUSINESS)
    String nominations(
            @RequestParam(required = false) InheritorStatus status,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        model.addAttribute(
                "page",
                inheritors.list(
                        status,
                        viewer,
                        PageRequest.of(
                                Math.max(page, 0),
                                20,
                                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))));
        return "inheritor/list";
    }

    @GetMapping("/nominations/new")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String showNominationForm(Model model) {
        model.addAttribute("form", new NominationForm());
        addChoices(model);
        return "inheritor/form";
    }

    @PostMapping("/nominations")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String nominate(
            @Valid @ModelAttribute("form") NominationForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser school,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = inheritors.nominate(form, school);
                redirect.addFlashAttribute("success", "inheritor.nominated");
                return "redirect:/inheritors/" + id;
            } catch (InheritorRejected e) {
                errors.rejectValue("competitionName", e.messageKey());
            }
        }
        addChoices(model);
        return "inheritor/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize(BUSINESS)
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", inheritors.page(id, viewer));
        model.addAttribute("awardForm", new AwardForm());
        model.addAttribute("regions", regions);
        addChoices(model);
        return "inheritor/detail";
    }

    @PostMapping("/{id}/awards")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String addAward(
            @PathVariable long id,
            @Valid @ModelAttribute("awardForm") AwardForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser school,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inheritors.addAward(id, form, school);
                redirect.addFlashAttribute("success", "inheritor.awardAdded");
                return "redirect:/inheritors/" + id;
            } catch (InheritorRejected e) {
                if (!"inheritor.error.competitionName".equals(e.messageKey())) {
                    throw e;
                }
                errors.rejectValue("competitionName", e.messageKey());
            }
        }
        model.addAttribute("page", inheritors.page(id, school));
        model.addAttribute("regions", regions);
        addChoices(model);
        return "inheritor/detail";
    }

    /** {@code move}: RECOGNISE (with year), DECLINE or REVOKE (with reason) by the department; WITHDRAW by the school. */
    @PostMapping("/{id}/moves")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String move(
            @PathVariable long id,
            @RequestParam String move,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        inheritors.move(id, move, year, reason, version, viewer);
        redirect.addFlashAttribute("success", "inheritor.moved." + move);
        return "redirect:/inheritors/" + id;
    }

    private static void addChoices(Model model) {
        model.addAttribute("competitions", Competition.values());
        model.addAttribute("levels", AwardLevel.values());
    }
}
