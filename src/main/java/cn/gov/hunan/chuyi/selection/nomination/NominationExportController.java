package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A round's nominations with their full content, for the staff who screen them (the viewer's slice only). */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER')")
class NominationExportController {

    private final NominationWorkbook workbook;

    NominationExportController(NominationWorkbook workbook) {
        this.workbook = workbook;
    }

    @GetMapping("/rounds/{id}/nominations.xlsx")
    ResponseEntity<byte[]> nominations(
            @PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Locale locale) {
        return workbook.workbook(id, viewer, locale).download("nominations-" + id + ".xlsx");
    }
}
