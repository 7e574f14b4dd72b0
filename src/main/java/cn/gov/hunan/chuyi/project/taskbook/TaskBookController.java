package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
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
        model.addAttribute("page", pages.page(projectId, versionNo, viewer));
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
            Model model,
            RedirectAttributes redirect) {
        return fromForm(
                projectId,
                id,
                params,
                school,
                model,
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
            Model model,
            RedirectAttributes redirect) {
        return fromForm(projectId, id, params, school, model, redirect, "taskbook.submitted", () -> {
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
     * Runs what the task book form asked: back to the task book with its success, or, refused, the page again with
     * what was typed (see {@link #refused}).
     */
    private String fromForm(
            long projectId,
            long id,
            Map<String, String> params,
            PortalUser school,
            Model model,
            RedirectAttributes redirect,
            String success,
            Runnable action) {
        try {
            action.run();
        } catch (TaskBookRejected refused) {
            return refused(projectId, id, params, refused, school, model);
        }
        redirect.addFlashAttribute("success", success);
        return "redirect:/projects/" + projectId + "/task-book";
    }

    /** The page again, with what was typed in its fields and each reason beside its field. */
    private String refused(
            long projectId,
            long id,
            Map<String, String> params,
            TaskBookRejected refused,
            PortalUser school,
            Model model) {
        show(projectId, null, school, model);
        Map<String, String> typed = new HashMap<>(params);
        typed.remove("_csrf");
        typed.put("_action", "/projects/" + projectId + "/task-book/" + id);
        model.addAttribute("typed", typed);
        model.addAttribute("fieldErrors", refused.fields());
        model.addAttribute("errorKey", refused.messageKey());
        return "project/taskbook/show";
    }
}
