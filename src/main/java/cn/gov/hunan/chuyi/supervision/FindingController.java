package cn.gov.hunan.chuyi.supervision;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** Findings and their rectification: the item's page, the organisation's answer, the inspector's check. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
class FindingController {

    private final RectificationService rectification;
    private final RegionDirectory regions;

    FindingController(RectificationService rectification, RegionDirectory regions) {
        this.rectification = rectification;
        this.regions = regions;
    }

    @GetMapping("/rectifications")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String city,
            @RequestParam(required = false) FindingStatus status, @RequestParam(required = false) Severity severity,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer, Model model) {
        var request = PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.ASC, "deadline").and(Sort.by("id")));
        String cityFilter = city == null || city.isBlank() ? null : city;
        model.addAttribute("page", rectification.rectifications(viewer, year, cityFilter, status, severity, overdue, request));
        model.addAttribute("cities", regions.cities());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("severities", Severity.values());
        return "supervision/finding/list";
    }

    @GetMapping("/supervision/findings/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("finding", rectification.get(id, viewer));
        model.addAttribute("evidence", rectification.evidenceOf(id, viewer));
        model.addAttribute("history", rectification.history(id, viewer));
        model.addAttribute("mayAnswer", rectification.mayAnswer(id, viewer));
        model.addAttribute("mayVerify", rectification.mayVerify(id, viewer));
        return "supervision/finding/detail";
    }

    @PostMapping("/supervision/findings/{id}/answer")
    @PreAuthorize("hasAnyRole('CITY_OFFICER', 'SCHOOL_ADMIN')")
    String answer(@PathVariable long id, @RequestParam(required = false) String measures,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser responsible, RedirectAttributes redirect) {
        rectification.answer(id, measures, file, responsible);
        redirect.addFlashAttribute("success", "supervision.finding.answered");
        return "redirect:/supervision/findings/" + id;
    }

    @PostMapping("/supervision/findings/{id}/verify")
    @PreAuthorize("hasRole('INSPECTOR')")
    String verify(@PathVariable long id, @RequestParam boolean accepted, @RequestParam(required = false) String comment,
            @AuthenticationPrincipal PortalUser inspector, RedirectAttributes redirect) {
        rectification.verify(id, accepted, comment, inspector);
        redirect.addFlashAttribute("success", accepted ? "supervision.finding.accepted" : "supervision.finding.rejected");
        return "redirect:/supervision/findings/" + id;
    }

    @GetMapping("/supervision/findings/{id}/evidence/{evidenceId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long evidenceId,
            @AuthenticationPrincipal PortalUser viewer) {
        var file = rectification.download(id, evidenceId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }
}
