package cn.gov.hunan.chuyi.supervision.task;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导入学校数据: the city officer loads its schools' figures for its city's task from one workbook — template, upload,
 * report, confirmation.
 */
@Controller
@RequestMapping("/supervision/tasks/{id}/figures-import")
@PreAuthorize("hasRole('CITY_OFFICER')")
class FiguresImportController {

    private final FiguresImportService service;
    private final MessageSource messages;

    FiguresImportController(FiguresImportService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long id, @AuthenticationPrincipal PortalUser officer, Model model) {
        model.addAttribute("page", service.page(id, officer));
        return "supervision/task/figures-import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal PortalUser officer, Locale locale) {
        byte[] workbook = service.template(id, officer, locale);
        String name = messages.getMessage("supervision.figuresImport.fileName", null, locale) + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(Spreadsheet.XLSX)
                .body(workbook);
    }

    @PostMapping
    String check(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser officer,
            Model model) {
        try {
            long upload = service.check(id, file, officer);
            return "redirect:/supervision/tasks/" + id + "/figures-import/" + upload;
        } catch (AttachmentRejected rejected) {
            model.addAttribute("fileError", rejected);
            return page(id, officer, model);
        }
    }

    @GetMapping("/{importId}")
    String report(
            @PathVariable long id,
            @PathVariable long importId,
            @AuthenticationPrincipal PortalUser officer,
            Locale locale,
            Model model) {
        model.addAttribute("page", service.report(id, importId, officer, locale));
        return "supervision/task/figures-import-report";
    }

    @PostMapping("/{importId}/apply")
    String apply(
            @PathVariable long id,
            @PathVariable long importId,
            @RequestParam long version,
            @RequestParam(name = ConfirmationRequired.PARAMETER, defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser officer,
            Locale locale,
            RedirectAttributes redirect) {
        var report = service.report(id, importId, officer, locale).imports().report();
        ConfirmationRequired.unless(confirmed, "supervision.figuresImport.confirm", report.rows(), report.fileName());
        int rows = service.apply(id, importId, version, officer);
        redirect.addFlashAttribute("success", "supervision.figuresImport.applied");
        redirect.addFlashAttribute("successArgs", new Object[] {rows, report.fileName()});
        return "redirect:/supervision/tasks/" + id + "/figures-import/" + importId;
    }
}
