package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

@Controller
@RequestMapping("/organizations")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class OrganizationController {

    static final int PAGE_SIZE = 20;

    private final OrganizationDirectory directory;
    private final RegionDirectory regions;
    private final OrganizationDesignations designations;
    private final OrganizationGroups groups;

    OrganizationController(
            OrganizationDirectory directory,
            RegionDirectory regions,
            OrganizationDesignations designations,
            OrganizationGroups groups) {
        this.directory = directory;
        this.regions = regions;
        this.designations = designations;
        this.groups = groups;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        var filter = new OrganizationFilter(city, county, kind, q);
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", directory.search(filter, request, viewer));
        model.addAttribute("cities", regions.cities());
        model.addAttribute("counties", filter.city() == null ? List.of() : regions.countiesOf(filter.city()));
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("mayImport", OrganizationDirectory.mayChangeAdministration(viewer));
        return "organization/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = directory.page(id, viewer);
        var organization = page.organization();
        model.addAttribute("page", page);
        model.addAttribute("organization", organization);
        model.addAttribute("city", regions.city(organization.cityCode()).orElse(null));
        model.addAttribute("county", regions.county(organization.countyCode()).orElse(null));
        model.addAttribute("designations", designations.designationsOf(id));
        model.addAttribute("groups", groups.groupsOf(id));
        model.addAttribute("administration", page.administration());
        return "organization/detail";
    }

    @GetMapping("/{id}/administration")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String showAdministrationForm(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        var organization = directory.get(id, admin);
        model.addAttribute("organization", organization);
        model.addAttribute("form", AdministrationForm.of(organization));
        return "organization/administration";
    }

    @PostMapping("/{id}/administration")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String changeAdministration(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AdministrationForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser admin,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                directory.changeAdministration(
                        id,
                        form.isProvinceRun(),
                        form.getCompetentAuthority(),
                        form.getReason(),
                        form.getVersion(),
                        admin);
                redirect.addFlashAttribute("success", "organization.administration.saved");
                return "redirect:/organizations/" + id;
            } catch (AdministrationRejected rejected) {
                errors.reject(rejected.messageKey());
            } catch (OptimisticLockException | ObjectOptimisticLockingFailureException stale) {
                errors.reject("error.409.text");
                form.setVersion(directory.get(id, admin).version());
            }
        }
        model.addAttribute("organization", directory.get(id, admin));
        return "organization/administration";
    }

    @InitBinder("form")
    void guard(WebDataBinder binder) {
        binder.setDisallowedFields("id", "name", "kind", "cityCode");
    }
}
