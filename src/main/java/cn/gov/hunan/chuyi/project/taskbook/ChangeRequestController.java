package cn.gov.hunan.chuyi.project.taskbook;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Change requests (项目变更): the school files one from the task book page, the department decides there or from its
 * list; and the export of every approved task book's targets.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class ChangeRequestController {

    private final ChangeRequestService changes;
    private final TaskBookPages pages;
    private final TaskBookExport export;

    ChangeRequestController(ChangeRequestService changes, TaskBookPages pages, TaskBookExport export) {
        this.changes = changes;
        this.pages = pages;
        this.export = export;
    }

    /** The department's list of change requests, open ones first. */
    @GetMapping("/projects/changes")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String list(@AuthenticationPrincipal PortalUser admin, Model model) {
        model.addAttribute("changes", changes.list(admin));
        return "project/taskbook/changes";
    }

    /** Every current (approved) task book's targets per indicator and year. */
    @GetMapping("/projects/task-books.xlsx")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal PortalUser admin, Locale locale) {
        return export.workbook(admin, locale).download("task-books.xlsx");
    }

    @PostMapping("/projects/{projectId}/changes")
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String file(
            @PathVariable long projectId,
            @RequestParam(required = false) ChangeKind kind,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        changes.file(projectId, kind, reason, files, school);
        redirect.addFlashAttribute("success", "taskbook.change.filed");
        return "redirect:/projects/" + projectId + "/task-book";
    }

    /** Approving opens the task book's next version, so it is confirmed first; a refusal needs its comment. */
    @PostMapping("/projects/{projectId}/changes/{id}/decide")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String decide(
            @PathVariable long projectId,
            @PathVariable long id,
            @RequestParam boolean accepted,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        var page = pages.page(projectId, null, admin);
        if (page.changes().stream().noneMatch(c -> c.id() == id)) {
            throw new NotFoundException("changeRequest", id);
        }
        if (accepted) {
            ConfirmationRequired.unless(
                    confirmed, "taskbook.change.confirmApprove", page.project().title());
        }
        changes.decide(id, accepted, comment, admin);
        redirect.addFlashAttribute("success", accepted ? "taskbook.change.approved" : "taskbook.change.refused");
        return "redirect:/projects/" + projectId + "/task-book";
    }

    @GetMapping("/projects/{projectId}/changes/{id}/files/{fileId}")
    ResponseEntity<Resource> download(
            @PathVariable long projectId,
            @PathVariable long id,
            @PathVariable long fileId,
            @AuthenticationPrincipal PortalUser viewer) {
        var file = changes.download(projectId, id, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }
}
