package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of every province-wide import, one controller for all kinds: the upload page with its template and history,
 * the report row by row, and the apply step. The {@link ImportKind} of a request is the one whose {@link Place} the
 * path starts with; what differs between kinds (columns, row checks, apply) is the kind's {@link ImportSpec}.
 */
@Controller
@RequestMapping({ImportController.ORGANIZATIONS, ImportController.EXPERTS, ImportController.FUND_ALLOCATIONS})
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class ImportController {

    static final String ORGANIZATIONS = "/organizations/import";
    static final String EXPERTS = "/experts/import";
    /** Where the fund upload has always been: the funds page's link and bookmarks keep working. */
    static final String FUND_ALLOCATIONS = "/funds/upload";

    /** The province-wide imports load the whole roster: one scope. */
    static final String SCOPE = "all";

    /** Where an import's pages live and what they are called. */
    record Place(ImportKind kind, String base, String titleKey, String backHref, String backLabelKey, String menu) {}

    static final Map<ImportKind, Place> PLACES = Map.of(
            ImportKind.ORGANIZATIONS,
            new Place(
                    ImportKind.ORGANIZATIONS,
                    ORGANIZATIONS,
                    "imports.org.title",
                    "/organizations",
                    "organization.list.heading",
                    "organizations"),
            ImportKind.EXPERTS,
            new Place(
                    ImportKind.EXPERTS,
                    EXPERTS,
                    "imports.expert.title",
                    "/experts",
                    "selection.expert.list.title",
                    "rounds"),
            ImportKind.FUND_ALLOCATIONS,
            new Place(
                    ImportKind.FUND_ALLOCATIONS,
                    FUND_ALLOCATIONS,
                    "funds.upload.title",
                    "/projects",
                    "project.list.title",
                    "projects"));

    private final ImportService service;
    private final Labels labels;
    private final List<ImportSpec<?>> specs;

    ImportController(ImportService service, Labels labels, List<ImportSpec<?>> specs) {
        this.service = service;
        this.labels = labels;
        this.specs = specs;
    }

    @GetMapping
    String page(HttpServletRequest request, Model model) {
        return page(place(request), model);
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(HttpServletRequest request, Locale locale) {
        var place = place(request);
        String name = labels.in(locale, "imports.template.fileName", labels.in(locale, place.titleKey())) + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(Spreadsheet.XLSX)
                .body(service.template(spec(place), locale));
    }

    @PostMapping
    String check(
            HttpServletRequest request,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser user,
            Model model) {
        var place = place(request);
        try {
            long id = service.check(spec(place), SCOPE, file, user);
            return "redirect:" + place.base() + "/" + id;
        } catch (AttachmentRejected rejected) {
            model.addAttribute("fileError", rejected);
            return page(place, model);
        }
    }

    @GetMapping("/{id}")
    String report(HttpServletRequest request, @PathVariable long id, Locale locale, Model model) {
        var place = place(request);
        model.addAttribute("place", place);
        model.addAttribute(
                "page",
                new ImportReportPage(
                        place.base(),
                        service.report(place.kind(), SCOPE, id),
                        service.headers(spec(place), locale),
                        "imports.confirm.apply"));
        return "imports/report";
    }

    @PostMapping("/{id}/apply")
    String apply(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(name = ConfirmationRequired.PARAMETER, defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes redirect) {
        var place = place(request);
        var report = service.report(place.kind(), SCOPE, id);
        ConfirmationRequired.unless(confirmed, "imports.confirm.apply", report.rows(), report.fileName());
        int rows = service.apply(spec(place), SCOPE, id, version, user);
        redirect.addFlashAttribute("success", "imports.applied");
        redirect.addFlashAttribute("successArgs", new Object[] {rows, report.fileName()});
        return "redirect:" + place.base() + "/" + id;
    }

    private String page(Place place, Model model) {
        model.addAttribute("place", place);
        // province staff may always upload: the class-level rule already let only them in
        model.addAttribute(
                "page",
                new ImportPage(place.base(), "imports.step.template", true, service.recent(place.kind(), SCOPE)));
        return "imports/upload";
    }

    /** The place whose base the matched path starts with (the class-level mappings are exactly the bases). */
    private static Place place(HttpServletRequest request) {
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        return PLACES.values().stream()
                .filter(p -> pattern.equals(p.base()) || pattern.startsWith(p.base() + "/"))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("import", pattern));
    }

    private ImportSpec<?> spec(Place place) {
        return specs.stream()
                .filter(s -> s.kind() == place.kind())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("import", place.kind().name()));
    }
}
