package cn.gov.hunan.chuyi.organization;

import cn.gov.hunan.chuyi.account.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every county runs at least one public secondary vocational school: the counties, their schools, the gaps. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'INSPECTOR')")
class CoverageController {

    private final OrganizationDirectory directory;

    CoverageController(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/coverage")
    String coverage(@AuthenticationPrincipal PortalUser viewer, Model model) {
        var lines = directory.coverage(viewer);
        model.addAttribute("lines", lines);
        model.addAttribute("gaps", lines.stream().filter(CountyCoverage::gap).count());
        model.addAttribute("demoOnly", lines.stream().filter(CountyCoverage::demoOnly).count());
        return "organization/coverage";
    }
}
