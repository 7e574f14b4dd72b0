package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Batch work from the nomination list: the selection and the action are posted, the page names how many nominations
 * change and lists those left with their reason, and only its button applies the batch.
 */
@Controller
@RequestMapping("/nominations/batch")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER')")
class BatchController {

    private final BatchService batches;
    private final BatchAssignments sheets;

    private final AssignmentTemplate templates;
    private final MessageSource messages;

    BatchController(
            BatchService batches, BatchAssignments sheets, AssignmentTemplate templates, MessageSource messages) {
        this.batches = batches;
        this.sheets = sheets;
        this.templates = templates;
        this.messages = messages;
    }

    @PostMapping
    String confirm(
            @RequestParam BatchAction action,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long round,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        BatchPlan plan = batches.plan(action, ids, reason, viewer);
        model.addAttribute("plan", plan);
        model.addAttribute("ids", ids);
        model.addAttribute("round", round);
        return "selection/batch/confirm";
    }

    @PostMapping("/apply")
    String apply(
            @RequestParam BatchAction action,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long round,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        // a post without the confirmation page's answer asks again (a replayed or hand-made request)
        ConfirmationRequired.unless(
                confirmed,
                "selection.batch.confirm",
                batches.plan(action, ids, reason, viewer).changeCount());
        BatchPlan done = batches.apply(action, ids, reason, viewer);
        redirect.addFlashAttribute("success", "selection.batch.applied");
        redirect.addFlashAttribute("successArgs", new Object[] {done.changeCount(), done.skipCount()});
        return round == null ? "redirect:/nominations" : "redirect:/nominations?round=" + round;
    }

    /**
     * The assignment sheet's template for a round, prefilled with its nominations that may get experts and the pool
     * (headers and instructions in the reader's language): the department only picks the experts.
     */
    @GetMapping("/assignments/template.xlsx")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    ResponseEntity<byte[]> assignmentTemplate(
            @RequestParam long round, @AuthenticationPrincipal PortalUser admin, Locale locale) {
        byte[] workbook = templates.build(round, admin, locale);
        String name = messages.getMessage("selection.batch.template.fileName", new Object[] {round}, locale);
        return ResponseEntity.ok()
                .contentType(Spreadsheet.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(workbook);
    }

    /**
     * Experts by an uploaded sheet; the form's checkbox is the confirmation (a confirmation page cannot carry the
     * file). A sheet with problems comes back as a page listing each with its row and column.
     */
    @PostMapping("/assignments")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String assignBySheet(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!confirmed) {
            throw new BatchRejected("selection.batch.sheet.notConfirmed").at("confirmed");
        }
        try (InputStream in = file.getInputStream()) {
            int added = sheets.apply(in, admin);
            redirect.addFlashAttribute("success", "selection.batch.sheet.applied");
            redirect.addFlashAttribute("successArgs", new Object[] {added});
            return "redirect:/nominations";
        } catch (AssignmentSheetRejected refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return "selection/batch/sheet";
        }
    }
}
