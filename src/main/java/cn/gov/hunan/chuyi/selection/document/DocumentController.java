package cn.gov.hunan.chuyi.selection.document;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's official documents: the page where province staff set the 文号, the 立项 list PDF (those who may see the
 * round, once it closed) and the 公示 notice PDF (anyone, while the notice is public).
 */
@Controller
class DocumentController {

    private final OfficialDocuments documents;

    DocumentController(OfficialDocuments documents) {
        this.documents = documents;
    }

    @InitBinder("form")
    void guard(WebDataBinder binder) {
        binder.setAllowedFields("noticeNumber", "designationNumber", "version");
    }

    @GetMapping("/rounds/{id}/documents")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        var numbers = documents.numbers(id, admin);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NumbersForm.of(numbers));
        }
        model.addAttribute("numbers", numbers);
        return "selection/document/documents";
    }

    @PostMapping("/rounds/{id}/documents")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") NumbersForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            documents.setNumbers(id, form.getNoticeNumber(), form.getDesignationNumber(), form.getVersion(), admin);
            redirect.addFlashAttribute("success", "documents.numbers.saved");
            return "redirect:/rounds/" + id + "/documents";
        } catch (DocumentRejected refused) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
            errors.reject("error.409.text");
        }
        model.addAttribute("numbers", documents.numbers(id, admin));
        return "selection/document/documents";
    }

    @GetMapping("/rounds/{id}/designation.pdf")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT')")
    ResponseEntity<byte[]> designation(
            @PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Locale locale) {
        return HtmlPdf.download("designation-" + id + ".pdf", documents.designationPdf(id, viewer, locale));
    }

    @GetMapping("/publicity/{roundId}/notice.pdf")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> notice(@PathVariable long roundId, Locale locale) {
        return HtmlPdf.download("publicity-" + roundId + ".pdf", documents.noticePdf(roundId, locale));
    }
}
