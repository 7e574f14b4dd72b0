package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public 公示 pages (no sign-in) and the objection form (signed in, under a real name). */
@Controller
@RequestMapping("/publicity")
class PublicityController {

    private final PublicityService publicity;
    private final RegionDirectory regions;
    private final SelectionExports exports;

    PublicityController(PublicityService publicity, RegionDirectory regions, SelectionExports exports) {
        this.publicity = publicity;
        this.regions = regions;
        this.exports = exports;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", publicity.roundsInPublicity());
        return "selection/publicity/list";
    }

    @GetMapping("/{roundId}")
    String show(@PathVariable long roundId, Model model) {
        model.addAttribute("round", publicity.publicRound(roundId));
        model.addAttribute("lines", publicity.selected(roundId));
        model.addAttribute("regions", regions);
        return "selection/publicity/detail";
    }

    /** The 公示 as the department posts it: a plain page that prints (or prints to PDF) on A4. */
    @GetMapping("/{roundId}/print")
    String print(@PathVariable long roundId, Model model) {
        show(roundId, model);
        return "selection/publicity/print";
    }

    @GetMapping("/{roundId}/list.xlsx")
    org.springframework.http.ResponseEntity<byte[]> workbook(@PathVariable long roundId, java.util.Locale locale) {
        var round = publicity.publicRound(roundId);
        return exports.publicity(round, publicity.selected(roundId), locale).download("publicity-" + roundId + ".xlsx");
    }

    @PostMapping("/{roundId}/objections")
    @PreAuthorize("isAuthenticated()")
    String lodge(@PathVariable long roundId, @RequestParam long nominationId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String reason,
            @RequestParam(value = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            @AuthenticationPrincipal PortalUser objector, RedirectAttributes redirect) {
        publicity.lodge(roundId, nominationId, name, contact, reason, file, objector);
        redirect.addFlashAttribute("success", "selection.objection.lodged");
        return "redirect:/publicity/" + roundId;
    }
}
