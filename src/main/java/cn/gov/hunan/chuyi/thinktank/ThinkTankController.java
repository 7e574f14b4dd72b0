package cn.gov.hunan.chuyi.thinktank;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The think-tank's activities: a public list and page; recording and changing them for its editors. */
@Controller
@RequestMapping("/think-tank")
class ThinkTankController {

    private final ThinkTankService thinkTank;

    ThinkTankController(ThinkTankService thinkTank) {
        this.thinkTank = thinkTank;
    }

    /** Public: the coming activities, then the past ones, 20 a page. */
    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", thinkTank.list(viewer, PageRequest.of(Math.max(page, 0), 20)));
        return "thinktank/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", thinkTank.page(id, viewer));
        return "thinktank/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String showNewForm(@AuthenticationPrincipal PortalUser viewer, Model model) {
        if (!thinkTank.mayEdit(viewer)) {
            throw new AccessDeniedException("not the think-tank's editor");
        }
        model.addAttribute("form", new ActivityForm());
        model.addAttribute("kinds", ActivityKind.values());
        return "thinktank/form";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String record(
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser viewer,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = thinkTank.record(form, viewer);
                redirect.addFlashAttribute("success", "thinktank.recorded");
                return "redirect:/think-tank/" + id;
            } catch (ActivityRejected e) {
                errors.reject(e.messageKey());
            }
        }
        model.addAttribute("kinds", ActivityKind.values());
        return "thinktank/form";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String showEditForm(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("form", thinkTank.form(id, viewer));
        model.addAttribute("activityId", id);
        model.addAttribute("kinds", ActivityKind.values());
        return "thinktank/form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser viewer,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                thinkTank.update(id, form, viewer);
                redirect.addFlashAttribute("success", "thinktank.saved");
                return "redirect:/think-tank/" + id;
            } catch (ActivityRejected e) {
                errors.reject(e.messageKey());
            } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
                errors.reject("thinktank.error.stale");
                form.setVersion(thinkTank.form(id, viewer).getVersion());
            }
        }
        model.addAttribute("activityId", id);
        model.addAttribute("kinds", ActivityKind.values());
        return "thinktank/form";
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        thinkTank.attach(id, file, viewer);
        redirect.addFlashAttribute("success", "thinktank.fileAdded");
        return "redirect:/think-tank/" + id;
    }

    @GetMapping("/{id}/attachments/{fileId}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
    ResponseEntity<Resource> download(
            @PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal PortalUser viewer) {
        var file = thinkTank.download(id, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        thinkTank.cancel(id, reason, viewer);
        redirect.addFlashAttribute("success", "thinktank.cancelledDone");
        return "redirect:/think-tank/" + id;
    }
}
