package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed and sealed page of a nomination (单位盖章): the school uploads it, the nomination's readers download it. */
@Controller
@RequestMapping("/nominations/{id}/sealed-page")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT')")
class SealedPageController {

    private final SealedPages sealedPages;

    SealedPageController(SealedPages sealedPages) {
        this.sealedPages = sealedPages;
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL_ADMIN')")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser school,
            RedirectAttributes redirect) {
        sealedPages.upload(id, file, school);
        redirect.addFlashAttribute("success", "sealpage.saved");
        return "redirect:/nominations/" + id;
    }

    /** Always a download under the type the portal detected, never rendered inline. */
    @GetMapping
    ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer) {
        var download = sealedPages.download(id, viewer);
        return Downloads.attachment(
                download.attachment().originalName(), download.attachment().contentType(), download.content());
    }
}
