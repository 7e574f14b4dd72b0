package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.batch.BatchAction;
import cn.gov.hunan.chuyi.selection.deadline.DeadlineLinks;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/nominations")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT')")
class NominationController {

    private final NominationService nominations;
    private final NominationScreening screening;
    private final NominationAttachments attachments;
    private final NominationIntake intake;
    private final NominationPages pages;
    private final ReminderLedger reminders;
    private final RoundService rounds;
    private final NominationSubmission submission;

    NominationController(
            NominationService nominations,
            NominationScreening screening,
            NominationAttachments attachments,
            NominationIntake intake,
            NominationPages pages,
            RoundService rounds,
            ReminderLedger reminders,
            NominationSubmission submission) {
        this.reminders = reminders;
        this.submission = submission;
        this.nominations = nominations;
        this.screening = screening;
        this.attachments = attachments;
        this.intake = intake;
        this.pages = pages;
        this.rounds = rounds;
    }

    @InitBinder("form")
    void guard(WebDataBinder binder) {
        // a school can never post who it files for, or in which state the nomination is
        binder.setDisallowedFields(
                "id", "organizationId", "roundId", "status", "cityCode", "provinceRun", "finalScore");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
    String list(
            @RequestParam(required = false) Long round,
            @RequestParam(required = false) NominationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        // a department officer may ask for longer pages (up to 100 rows), never an unbounded one
        var request = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 10), 100), Sort.by(Sort.Direction.DESC, "id"));
        model.addAttribute("page", nominations.search(round, status, viewer, request));
        model.addAttribute("statuses", NominationStatus.values());
        model.addAttribute("roundFilter", round);
        model.addAttribute("statusFilter", status);
        model.addAttribute("batchActions", BatchAction.offeredTo(viewer));
        return "selection/nomination/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String showNewForm(@RequestParam long round, @AuthenticationPrincipal PortalUser school, Model model) {
        model.addAttribute("form", new NominationForm());
        return formView(model, rounds.get(round, school), null);
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String create(
            @RequestParam long round,
            @Valid @ModelAttribute("form") NominationForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser school,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = intake.start(round, form.getTitle(), form.toContent(), school);
                redirect.addFlashAttribute("success", "selection.nomination.saved");
                return "redirect:/nominations/" + id;
            } catch (NominationRejected refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return formView(model, rounds.get(round, school), null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = pages.detail(id, viewer);
        model.addAttribute("page", page);
        model.addAttribute("nomination", page.nomination());
        model.addAttribute("round", page.round());
        // 已催办 N 次: the reminders of the window or of refiling, counted by the nomination's own link
        model.addAttribute("reminders", reminders.countFor(DeadlineLinks.nomination(id)));
        // the two upload forms say a refusal about their file beside it: the layout does not repeat it at the top
        model.addAttribute(
                "refusalsBeside", Set.of("/nominations/" + id + "/attachments", "/nominations/" + id + "/sealed-page"));
        return "selection/nomination/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String showEditForm(@PathVariable long id, @AuthenticationPrincipal PortalUser school, Model model) {
        var nomination = nominations.get(id, school);
        model.addAttribute("form", NominationForm.of(nomination));
        return formView(model, rounds.get(nomination.roundId(), school), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NominationForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser school,
            Model model,
            RedirectAttributes redirect) {
        var nomination = nominations.get(id, school);
        if (!errors.hasErrors()) {
            try {
                nominations.update(id, form.getTitle(), form.toContent(), form.getVersion(), school);
                redirect.addFlashAttribute("success", "selection.nomination.saved");
                return "redirect:/nominations/" + id;
            } catch (NominationRejected refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
                errors.reject("error.409.text");
            }
        }
        return formView(model, rounds.get(nomination.roundId(), school), id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String submit(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        // submitted, the nomination leaves the school's hands: ask first, naming it (read through the access check);
        // a confirmed post reads nothing more than the submission's own check (at a deadline hundreds arrive at once)
        if (!confirmed) {
            var nomination = nominations.get(id, school);
            ConfirmationRequired.unless(false, nomination.submitConsequence(), nomination.title());
        }
        submission.submit(id, school);
        redirect.addFlashAttribute("success", "selection.nomination.submitted");
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        // a withdrawn nomination is final: read it through the access check first, then ask
        ConfirmationRequired.unless(
                confirmed,
                "selection.nomination.confirmWithdraw",
                nominations.get(id, school).title());
        nominations.withdraw(id, reason, school);
        redirect.addFlashAttribute("success", "selection.nomination.withdrawn");
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        attachments.attach(id, file, school);
        redirect.addFlashAttribute("success", "attachment.saved");
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String detach(
            @PathVariable long id,
            @PathVariable long attachmentId,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        attachments.detach(id, attachmentId, school);
        redirect.addFlashAttribute("success", "attachment.deleted");
        return "redirect:/nominations/" + id;
    }

    /** Always a download under the type the portal detected, never rendered inline. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(
            @PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal PortalUser viewer) {
        var download = attachments.download(id, attachmentId, viewer);
        return Downloads.attachment(
                download.attachment().originalName(), download.attachment().contentType(), download.content());
    }

    @PostMapping("/{id}/recommend")
    @PreAuthorize("hasRole('CITY_OFFICER')")
    String recommend(@PathVariable long id, @AuthenticationPrincipal PortalUser city, RedirectAttributes redirect) {
        screening.recommend(id, city);
        redirect.addFlashAttribute("success", "selection.nomination.recommended");
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('CITY_OFFICER')")
    String returnToSchool(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser city,
            RedirectAttributes redirect) {
        screening.returnToSchool(id, reason, city);
        redirect.addFlashAttribute("success", "selection.nomination.returned");
        return "redirect:/nominations/" + id;
    }

    @PostMapping("/{id}/eligibility")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String judgeEligibility(
            @PathVariable long id,
            @RequestParam boolean eligible,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        screening.judgeEligibility(id, eligible, reason, admin);
        redirect.addFlashAttribute("success", "selection.nomination.judged");
        return "redirect:/nominations/" + id;
    }

    private String formView(Model model, RoundSummary round, Long id) {
        model.addAttribute("round", round);
        model.addAttribute("nominationId", id);
        model.addAttribute("fields", NominationContent.FieldSet.of(round.programCode()));
        return "selection/nomination/form";
    }
}
