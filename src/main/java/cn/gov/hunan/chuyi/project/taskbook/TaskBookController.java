package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

/** A project's task book (建设任务书): the school drafts and submits it, the department approves or returns it. */
@Controller
@RequestMapping("/projects/{projectId}/task-book")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class TaskBookController {

    private final TaskBookService books;
    private final TaskBookPages pages;

    TaskBookController(TaskBookService books, TaskBookPages pages) {
        this.books = books;
        this.pages = pages;
    }

    @GetMapping
    String show(
            @PathVariable long projectId,
            @RequestParam(name = "v", required = false) Integer versionNo,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var page = pages.page(projectId, versionNo, viewer);
        model.addAttribute("page", page);
        if (page.hasBook()) {
            // a refused save or submission says its reasons beside their fields (show.html), not at the top as well
            model.addAttribute(
                    "refusalsBeside", Set.of(formPath(projectId, page.book().id())));
        }
        return "project/taskbook/show";
    }

    /** The task book as a printable document: the version asked for, else the latest the viewer may see. */
    @GetMapping("/print")
    String print(
            @PathVariable long projectId,
            @RequestParam(name = "v", required = false) Integer versionNo,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var page = pages.page(projectId, versionNo, viewer);
        if (!page.hasBook()) {
            throw new NotFoundException("taskBook", projectId);
        }
        model.addAttribute("page", page);
        return "project/taskbook/print";
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String start(@PathVariable long projectId, @AuthenticationPrincipal PortalUser school) {
        books.start(projectId, school);
        return "redirect:/projects/" + projectId + "/task-book";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String save(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam long version,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        return fromForm(
                projectId,
                id,
                params,
                redirect,
                "taskbook.saved",
                () -> books.save(id, content(projectId, params, school), version, school));
    }

    /** Submits what is on the page: the form's values are saved first, then checked. */
    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String submit(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        return fromForm(projectId, id, params, redirect, "taskbook.submitted", () -> {
            if (version != null) {
                books.save(id, content(projectId, params, school), version, school);
            }
            books.submit(id, school);
        });
    }

    /** The department approves (locks, after confirming) or returns with comments. */
    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String review(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam boolean accepted,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        var page = pages.page(projectId, null, admin);
        if (!page.hasBook() || page.book().id() != id) {
            throw new NotFoundException("taskBook", id);
        }
        if (accepted) {
            ConfirmationRequired.unless(
                    confirmed,
                    "taskbook.confirmApprove",
                    page.book().versionNo(),
                    page.project().title());
        }
        books.review(id, accepted, comment, admin);
        redirect.addFlashAttribute("success", accepted ? "taskbook.approved" : "taskbook.returned");
        return "redirect:/projects/" + projectId + "/task-book";
    }

    private TaskBookContent content(long projectId, Map<String, String> params, PortalUser school) {
        return TaskBookForm.read(params, pages.page(projectId, null, school).indicators());
    }

    /**
     * Runs what the task book form asked: back to the task book with its success, or, refused, back to the task book
     * with what was typed (see {@link #refused}). Both redirect (post-redirect-get): the page's links and a reload then
     * ask the page, not the form's address again.
     */
    private String fromForm(
            long projectId,
            long id,
            Map<String, String> params,
            RedirectAttributes redirect,
            String success,
            Runnable action) {
        try {
            action.run();
        } catch (TaskBookRejected refused) {
            return refused(projectId, id, params, refused, redirect);
        }
        redirect.addFlashAttribute("success", success);
        return "redirect:/projects/" + projectId + "/task-book";
    }

    /**
     * Back to the version shown ({@code v}, posted when the page was asked for a version), with what was typed in its
     * fields and each reason beside its field (flash attributes {@code typed}, {@code fieldErrors}, {@code errorKey},
     * and {@code errorField}: a refusal about fields is then said beside them only, see {@link #show}).
     */
    private static String refused(
            long projectId,
            long id,
            Map<String, String> params,
            TaskBookRejected refused,
            RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>(params);
        typed.keySet().removeIf(name -> name.startsWith("_"));
        typed.remove("v");
        typed.put("_action", formPath(projectId, id));
        redirect.addFlashAttribute("typed", typed);
        redirect.addFlashAttribute("fieldErrors", refused.fields());
        redirect.addFlashAttribute("errorKey", refused.messageKey());
        if (refused.arguments().length > 0) {
            redirect.addFlashAttribute("errorArgs", refused.arguments());
        }
        if (!refused.fields().isEmpty()) {
            redirect.addFlashAttribute(
                    "errorField", refused.fields().keySet().iterator().next());
        }
        String page = "/projects/" + projectId + "/task-book";
        Integer shown = versionNo(params.get("v"));
        return "redirect:" + (shown == null ? page : page + "?v=" + shown);
    }

    /** The version number posted with the form, or null when none (or no number) was. */
    private static Integer versionNo(String posted) {
        if (posted == null || !posted.strip().matches("[0-9]{1,6}")) {
            return null;
        }
        return Integer.valueOf(posted.strip());
    }

    private static String formPath(long projectId, long id) {
        return "/projects/" + projectId + "/task-book/" + id;
    }
}
