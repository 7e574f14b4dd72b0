package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The 申报书 PDF of a nomination, for everyone who may read the nomination (404 for the others). */
@Controller
@RequestMapping("/nominations")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT')")
class ApplicationDocumentController {

    private final ApplicationDocuments documents;

    ApplicationDocumentController(ApplicationDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}/application.pdf")
    ResponseEntity<byte[]> application(
            @PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Locale locale) {
        var document = documents.of(id, viewer, locale);
        return HtmlPdf.download(document.title() + ".pdf", document.content());
    }
}
