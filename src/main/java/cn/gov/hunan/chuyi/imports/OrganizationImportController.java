package cn.gov.hunan.chuyi.imports;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import java.util.Locale;
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

/** 导入组织名录: province staff load the organisation roster. */
@Controller
@RequestMapping("/organizations/import")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class OrganizationImportController {

    static final String SCOPE = "all";
    static final ImportPages.Place PLACE = new ImportPages.Place(
            "/organizations/import",
            "imports.org.title",
            "/organizations",
            "organization.list.heading",
            "organizations");

    private final ImportPages pages;
    private final OrganizationImport spec;

    OrganizationImportController(ImportPages pages, OrganizationImport spec) {
        this.pages = pages;
        this.spec = spec;
    }

    @GetMapping
    String page(Model model) {
        return pages.page(spec, SCOPE, PLACE, model);
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Locale locale) {
        return pages.template(spec, PLACE, locale);
    }

    @PostMapping
    String check(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PortalUser user,
            Model model) {
        return pages.check(spec, SCOPE, PLACE, file, user, model);
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        return pages.report(spec, SCOPE, PLACE, id, model);
    }

    @PostMapping("/{id}/apply")
    String apply(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(name = ConfirmationRequired.PARAMETER, defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes redirect) {
        return pages.apply(spec, SCOPE, PLACE, id, version, confirmed, user, redirect);
    }
}
