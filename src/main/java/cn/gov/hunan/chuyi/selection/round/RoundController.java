package cn.gov.hunan.chuyi.selection.round;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/rounds")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT')")
class RoundController {

    private final RoundService rounds;
    private final RoundPages pages;
    private final ProgramCatalogue programs;
    private final Clock clock;

    RoundController(RoundService rounds, RoundPages pages, ProgramCatalogue programs, Clock clock) {
        this.rounds = rounds;
        this.pages = pages;
        this.programs = programs;
        this.clock = clock;
    }

    @InitBinder("form")
    void guard(WebDataBinder binder) {
        binder.setDisallowedFields("id", "status", "selectedCount");
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String program,
            @RequestParam(required = false) RoundStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var request = PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "year", "id"));
        var list = pages.list(Text.blankToNull(program), status, year, request, viewer);
        model.addAttribute("list", list);
        model.addAttribute("page", list.rounds());
        model.addAttribute("statusFilter", status);
        return "selection/round/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String showNewForm(@RequestParam(required = false) String program, Model model) {
        // without a choice, the first programme that can have rounds (the form's selector changes it)
        var chosen = program == null
                ? rounds.programsForRounds().stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("program", "any"))
                : programs.get(program);
        var form = RoundForm.blank(
                chosen.code(),
                LocalDateTime.now(clock).getYear(),
                rounds.defaultCriteria(chosen.code()),
                chosen.applicantKinds(),
                LocalDateTime.now(clock.withZone(PortalTime.ZONE)));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String create(
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser admin,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/rounds/" + rounds.create(form.getProgramCode(), form.toSetup(), admin.getUsername());
            } catch (RoundRejected refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        form.padCriteria();
        return formView(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = pages.detail(id, viewer);
        model.addAttribute("page", page);
        model.addAttribute("round", page.round());
        return "selection/round/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String showEditForm(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        model.addAttribute("form", RoundForm.of(rounds.get(id, admin)));
        return formView(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser admin,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                rounds.update(id, form.toSetup(), form.getVersion(), admin.getUsername());
                redirect.addFlashAttribute("success", "selection.round.saved");
                return "redirect:/rounds/" + id;
            } catch (RoundRejected refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
                errors.reject("error.409.text");
            }
        }
        form.padCriteria();
        return formView(model, id);
    }

    /**
     * Whether the review is blind (匿名评审), changed on its own from the round's page: until the round is closed and as
     * long as no expert has scored. A refusal goes back to the round's page with its message (web.RefusalAdvice).
     */
    @PostMapping("/{id}/blind-review")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String changeBlindReview(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean blindReview,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        rounds.get(id, admin);
        rounds.changeBlindReview(id, blindReview, version, admin.getUsername());
        redirect.addFlashAttribute("success", "selection.round.blindReview.saved");
        return "redirect:/rounds/" + id;
    }

    /**
     * One state change of the round, chosen by a button on the round's page. A round never goes back a step, so every
     * move asks first, naming what it does (key {@code selection.round.confirm.<MOVE>}).
     */
    @PostMapping("/{id}/transition")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String transition(
            @PathVariable long id,
            @RequestParam RoundMove move,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        ConfirmationRequired.unless(
                confirmed,
                "selection.round.confirm." + move.name(),
                RoundMoves.consequence(rounds.get(id, admin), move, rounds.nominationCounts(id)));
        rounds.move(id, move, reason, version, admin);
        redirect.addFlashAttribute("success", "selection.round.moved");
        return "redirect:/rounds/" + id;
    }

    private String formView(Model model, Long id) {
        model.addAttribute("roundId", id);
        model.addAttribute("programs", rounds.programsForRounds());
        model.addAttribute("kinds", OrganizationKind.values());
        return "selection/round/form";
    }
}
