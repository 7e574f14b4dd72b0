package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every import shares (the upload page with its template and history, the report, the apply step), so that
 * each kind's controller only says where it lives and who may use it.
 */
@Component
class ImportPages {

    /** Where an import's pages live and what they are called. */
    record Place(String base, String titleKey, String backHref, String backLabelKey, String menu) {}

    private final ImportService service;
    private final Labels labels;

    ImportPages(ImportService service, Labels labels) {
        this.service = service;
        this.labels = labels;
    }

    String page(ImportSpec<?> spec, String scope, Place place, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("recent", service.recent(spec.kind(), scope));
        return "imports/upload";
    }

    ResponseEntity<byte[]> template(ImportSpec<?> spec, Place place, Locale locale) {
        String name = labels.in(locale, "imports.template.fileName", labels.in(locale, place.titleKey())) + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(Spreadsheet.XLSX)
                .body(service.template(spec, locale));
    }

    String check(ImportSpec<?> spec, String scope, Place place, MultipartFile file, PortalUser user, Model model) {
        try {
            long id = service.check(spec, scope, file, user);
            return "redirect:" + place.base() + "/" + id;
        } catch (AttachmentRejected rejected) {
            model.addAttribute("fileError", rejected);
            return page(spec, scope, place, model);
        }
    }

    String report(ImportSpec<?> spec, String scope, Place place, long id, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("report", service.report(spec.kind(), scope, id));
        return "imports/report";
    }

    String apply(
            ImportSpec<?> spec,
            String scope,
            Place place,
            long id,
            long version,
            boolean confirmed,
            PortalUser user,
            RedirectAttributes redirect) {
        var report = service.report(spec.kind(), scope, id);
        ConfirmationRequired.unless(confirmed, "imports.confirm.apply", report.rows(), report.fileName());
        int rows = service.apply(spec, scope, id, version, user);
        redirect.addFlashAttribute("success", "imports.applied");
        redirect.addFlashAttribute("successArgs", new Object[] {rows, report.fileName()});
        return "redirect:" + place.base() + "/" + id;
    }
}
