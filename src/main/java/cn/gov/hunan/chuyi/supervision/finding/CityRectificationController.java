package cn.gov.hunan.chuyi.supervision.finding;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.Downloads;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.Resource;
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

/** A city's rectification on its task: the report (整改报告) it files and the province's interviews (约谈). */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'INSPECTOR', 'CITY_OFFICER')")
class CityRectificationController {

    private final CityRectificationService cities;

    CityRectificationController(CityRectificationService cities) {
        this.cities = cities;
    }

    @GetMapping("/supervision/tasks/{id}/rectification")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        model.addAttribute("page", cities.page(id, viewer));
        return "supervision/finding/city";
    }

    @PostMapping("/supervision/tasks/{id}/rectification/report")
    @PreAuthorize("hasRole('CITY_OFFICER')")
    String fileReport(
            @PathVariable long id,
            @RequestParam(required = false) String narrative,
            @RequestParam(value = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal PortalUser city,
            RedirectAttributes redirect) {
        cities.fileReport(id, narrative, files, city);
        redirect.addFlashAttribute("success", "supervision.report.filed");
        return "redirect:/supervision/tasks/" + id + "/rectification";
    }

    @PostMapping("/supervision/tasks/{id}/rectification/interviews")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String recordInterview(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) String notes,
            @RequestParam(value = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal PortalUser province,
            RedirectAttributes redirect) {
        cities.recordInterview(id, heldOn, participants, notes, files, province);
        redirect.addFlashAttribute("success", "supervision.interview.recorded");
        return "redirect:/supervision/tasks/" + id + "/rectification";
    }

    @GetMapping("/supervision/tasks/{id}/rectification/files/{fileId}")
    ResponseEntity<Resource> download(
            @PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal PortalUser viewer) {
        var file = cities.download(id, fileId, viewer);
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }
}
