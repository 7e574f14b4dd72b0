package cn.gov.hunan.chuyi.project.evaluation;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evaluations of a project: recorded by the department on the project's page, their files, and the export. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class EvaluationController {

    private final EvaluationService evaluations;
    private final EvaluationExport export;

    EvaluationController(EvaluationService evaluations, EvaluationExport export) {
        this.evaluations = evaluations;
        this.export = export;
    }

    /** Records a grade (the grade decides the move); an upload form, so its confirmation is a ticked box. */
    @PostMapping("/projects/{id}/evaluations")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String conclusion,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rectifyBy,
            @RequestParam(value = "file", required = false) List<MultipartFile> files,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        evaluations.record(
                id,
                new EvaluationService.EvaluationForm(grade, conclusion, date, rectifyBy),
                files,
                version,
                confirmed,
                admin);
        redirect.addFlashAttribute("success", "evaluation.recorded");
        return "redirect:/projects/" + id;
    }

    @GetMapping("/projects/{id}/evaluations/{evaluationId}/files/{fileId}")
    ResponseEntity<Resource> download(
            @PathVariable long id,
            @PathVariable long evaluationId,
            @PathVariable long fileId,
            @AuthenticationPrincipal PortalUser viewer) {
        var file = evaluations.download(id, evaluationId, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    /** The evaluations of the viewer's slice of the register, as a workbook. */
    @GetMapping("/projects/evaluations.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal PortalUser viewer, Locale locale) {
        return export.workbook(viewer, locale).download("project-evaluations.xlsx");
    }
}
