package cn.gov.hunan.chuyi.selection.publicity;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public 公示 pages (no sign-in): current notices, past notices by year, one notice with its outcome, its
 * printable and Excel forms, and the objection form, open to anyone during the period.
 */
@Controller
@RequestMapping("/publicity")
@PreAuthorize("permitAll()")
class PublicityController {

    private static final int PAST_PER_PAGE = 20;

    private final NoticeService notices;
    private final PublicObjections objections;
    private final PublicitySettings settings;
    private final RegionDirectory regions;
    private final NoticeWorkbook exports;

    PublicityController(
            NoticeService notices,
            PublicObjections objections,
            PublicitySettings settings,
            RegionDirectory regions,
            NoticeWorkbook exports) {
        this.notices = notices;
        this.objections = objections;
        this.settings = settings;
        this.regions = regions;
        this.exports = exports;
    }

    @InitBinder("form")
    void guard(WebDataBinder binder) {
        binder.setAllowedFields("nominationId", "name", "telephone", "reason", "file");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var past = notices.pastNotices(page, PAST_PER_PAGE);
        model.addAttribute("current", notices.currentNotices());
        model.addAttribute("page", past);
        model.addAttribute("years", notices.byYear(past));
        return "selection/publicity/list";
    }

    @GetMapping("/{roundId}")
    String show(@PathVariable long roundId, CsrfToken csrf, Model model) {
        var notice = notices.notice(roundId);
        if (notice.acceptsObjections()) {
            // an anonymous visitor's token lives in a new session, which must exist before the page is written
            csrf.getToken();
        }
        model.addAttribute("notice", notice);
        model.addAttribute("regions", regions);
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ObjectionForm());
        }
        return "selection/publicity/detail";
    }

    /** The 公示 as the department posts it: a plain page that prints (or prints to PDF) on A4. */
    @GetMapping("/{roundId}/print")
    String print(@PathVariable long roundId, Model model) {
        model.addAttribute("notice", notices.notice(roundId));
        model.addAttribute("regions", regions);
        return "selection/publicity/print";
    }

    @GetMapping("/{roundId}/list.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long roundId, Locale locale) {
        return exports.publicity(notices.notice(roundId), locale).download("publicity-" + roundId + ".xlsx");
    }

    /**
     * An objection, from anyone (signed in or not) while the period runs. On a refusal the page comes back with
     * what was typed and each message beside its field; on success the objector is shown their reference.
     */
    @PostMapping("/{roundId}/objections")
    String lodge(
            @PathVariable long roundId,
            @ModelAttribute("form") ObjectionForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser objector,
            HttpServletRequest request,
            CsrfToken csrf,
            Model model,
            RedirectAttributes redirect) {
        try {
            String reference =
                    objections.lodge(roundId, form.toCommand(), form.getFile(), objector, request.getRemoteAddr());
            redirect.addFlashAttribute("lodgedReference", reference);
            return "redirect:/publicity/" + roundId;
        } catch (ObjectionRejected rejected) {
            rejected.reportTo(errors);
            model.addAttribute("fileToChooseAgain", form.hasFile());
            return show(roundId, csrf, model);
        }
    }
}
