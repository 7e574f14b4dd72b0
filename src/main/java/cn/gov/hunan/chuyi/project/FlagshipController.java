package cn.gov.hunan.chuyi.project;

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

/** The flagship secondary schools' "three unified" checklist (三统一), city by city. */
@Controller
@RequestMapping("/flagships")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'INSPECTOR')")
class FlagshipController {

    private final FlagshipChecklist checklist;

    FlagshipController(FlagshipChecklist checklist) {
        this.checklist = checklist;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("cities", checklist.overview(viewer));
        return "project/flagships";
    }

    @GetMapping("/{cityCode}")
    String city(@PathVariable String cityCode, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("line", checklist.city(cityCode, viewer));
        return "project/flagship";
    }

    @PostMapping("/{cityCode}/{item}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER')")
    String record(
            @PathVariable String cityCode,
            @PathVariable String item,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) String evidence,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        checklist.record(cityCode, item, done, evidence, file, viewer);
        redirect.addFlashAttribute("success", "project.flagship.saved");
        return "redirect:/flagships/" + cityCode;
    }

    @GetMapping("/{cityCode}/{item}/file")
    ResponseEntity<Resource> file(@PathVariable String cityCode, @PathVariable String item) {
        var file = checklist.file(cityCode, item);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }
}
