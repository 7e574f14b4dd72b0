package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Findings and their rectification: recording one on a task, the item's page, the organisation's answer, the inspector's check. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class FindingController {

    private final FindingService rectification;
    private final Rectifications rectifications;
    private final LedgerWorkbook ledgerWorkbook;

    FindingController(FindingService rectification, Rectifications rectifications, LedgerWorkbook ledgerWorkbook) {
        this.rectification = rectification;
        this.rectifications = rectifications;
        this.ledgerWorkbook = ledgerWorkbook;
    }

    /** The rectification ledger (整改台账): filtered, paged, with each item's reminders. */
    @GetMapping("/rectifications")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) FindingStatus status,
            @RequestParam(required = false) Severity severity,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean extended,
            @RequestParam(defaultValue = "false") boolean rechecked,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var request = PageRequest.of(
                Math.max(page, 0), 20, Sort.by(Sort.Direction.ASC, "deadline").and(Sort.by("id")));
        var filter = new LedgerFilter(year, Text.blankToNull(city), status, severity, overdue, extended, rechecked);
        model.addAttribute("page", rectifications.ledger(viewer, filter, request));
        return "supervision/finding/list";
    }

    /** The ledger under the same filters as an Excel workbook (text cells never read as formulas). */
    @GetMapping("/rectifications/export.xlsx")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER')")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) FindingStatus status,
            @RequestParam(required = false) Severity severity,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean extended,
            @RequestParam(defaultValue = "false") boolean rechecked,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale) {
        var filter = new LedgerFilter(year, Text.blankToNull(city), status, severity, overdue, extended, rechecked);
        return ledgerWorkbook
                .of(rectifications.ledgerRows(viewer, filter), locale)
                .download("rectification-ledger.xlsx");
    }

    @PostMapping("/supervision/tasks/{id}/findings")
    @PreAuthorize("hasRole('INSPECTOR')")
    String raise(
            @PathVariable long id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser inspector,
            RedirectAttributes redirect) {
        long finding = rectification.raise(
                id, category, severity, description, organizationId, projectId, deadline, file, inspector);
        redirect.addFlashAttribute("success", "supervision.finding.raised");
        return "redirect:/supervision/findings/" + finding;
    }

    @GetMapping("/supervision/findings/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", rectification.page(id, viewer));
        return "supervision/finding/detail";
    }

    @PostMapping("/supervision/findings/{id}/answer")
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) String measures,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser responsible,
            RedirectAttributes redirect) {
        rectification.answer(id, measures, file, responsible);
        redirect.addFlashAttribute("success", "supervision.finding.answered");
        return "redirect:/supervision/findings/" + id;
    }

    @PostMapping("/supervision/findings/{id}/verify")
    @PreAuthorize("hasRole('INSPECTOR')")
    String verify(
            @PathVariable long id,
            @RequestParam boolean accepted,
            @RequestParam(required = false) String comment,
            @AuthenticationPrincipal PortalUser inspector,
            RedirectAttributes redirect) {
        rectification.verify(id, accepted, comment, inspector);
        redirect.addFlashAttribute(
                "success", accepted ? "supervision.finding.accepted" : "supervision.finding.rejected");
        return "redirect:/supervision/findings/" + id;
    }

    @GetMapping("/supervision/findings/{id}/evidence/{evidenceId}")
    ResponseEntity<Resource> download(
            @PathVariable long id, @PathVariable long evidenceId, @AuthenticationPrincipal PortalUser viewer) {
        var file = rectification.download(id, evidenceId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }
}
