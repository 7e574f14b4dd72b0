package cn.gov.hunan.chuyi.supervision.opinion;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A task's self-evaluation report: read by whoever sees the task, written by the inspected body. */
@Controller
@RequestMapping("/supervision/tasks/{id}/self-evaluation")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class SelfEvaluationController {

    private final SelfEvaluationService evaluations;

    SelfEvaluationController(SelfEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", evaluations.page(id, viewer));
        return "supervision/opinion/self-evaluation";
    }

    /** Saves the draft ({@code action=save}) or submits it ({@code action=submit}, with the confirmed checkbox). */
    @PostMapping
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) String narrative,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser body,
            RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        evaluations.save(id, narrative, file, version, submit, confirmed, body);
        redirect.addFlashAttribute(
                "success", submit ? "supervision.selfEvaluation.submitted" : "supervision.selfEvaluation.saved");
        return "redirect:/supervision/tasks/" + id + "/self-evaluation";
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<Resource> download(
            @PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal PortalUser viewer) {
        var file = evaluations.download(id, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }
}
