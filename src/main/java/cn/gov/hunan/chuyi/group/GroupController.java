package cn.gov.hunan.chuyi.group;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Vocational-education groups (职教集团): list, page, set-up, members joining and leaving. */
@Controller
@RequestMapping("/groups")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER', 'SCHOOL_ADMIN', 'EXPERT', 'INSPECTOR')")
class GroupController {

    private final GroupService groups;
    private final OrganizationDirectory organizations;
    private final RegionDirectory regions;

    GroupController(GroupService groups, OrganizationDirectory organizations, RegionDirectory regions) {
        this.groups = groups;
        this.organizations = organizations;
        this.regions = regions;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Model model) {
        model.addAttribute("page", groups.list(q, viewer, PageRequest.of(Math.max(page, 0), 20, Sort.by("name"))));
        return "group/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        var page = groups.page(id, viewer);
        model.addAttribute("page", page);
        model.addAttribute("regions", regions);
        if (page.manageable()) {
            // a lead school's administrator picks members from the whole directory, not only its own record
            model.addAttribute("candidates", organizations.pickList());
            model.addAttribute(
                    "partnerKinds",
                    Arrays.stream(OrganizationKind.values())
                            .filter(k -> !k.isSchool())
                            .toList());
            model.addAttribute("cities", regions.cities());
        }
        return "group/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String showNewForm(@AuthenticationPrincipal PortalUser admin, Model model) {
        model.addAttribute("organizations", organizations.pickList());
        return "group/form";
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") long lead,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
            @RequestParam(required = false) String description,
            @AuthenticationPrincipal PortalUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = groups.create(name, lead, foundedOn, description, admin);
            redirect.addFlashAttribute("success", "group.created");
            return "redirect:/groups/" + id;
        } catch (GroupRejected refused) {
            // the form comes back with what was typed
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            var typed = new HashMap<String, String>();
            typed.put("_action", "/groups");
            typed.put("name", name);
            typed.put("lead", String.valueOf(lead));
            typed.put("foundedOn", foundedOn == null ? null : foundedOn.toString());
            typed.put("description", description);
            model.addAttribute("typed", typed);
            model.addAttribute("organizations", organizations.pickList());
            return "group/form";
        }
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String addMember(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        groups.addMember(id, organization, joinedOn, viewer);
        redirect.addFlashAttribute("success", "group.memberAdded");
        return "redirect:/groups/" + id;
    }

    @PostMapping("/{id}/partners")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String addPartner(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) OrganizationKind kind,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        groups.addPartner(id, name, kind, city, joinedOn, viewer);
        redirect.addFlashAttribute("success", "group.memberAdded");
        return "redirect:/groups/" + id;
    }

    @PostMapping("/{id}/members/{memberId}/leave")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'SCHOOL_ADMIN')")
    String leave(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PortalUser viewer,
            RedirectAttributes redirect) {
        groups.leave(id, memberId, leftOn, reason, viewer);
        redirect.addFlashAttribute("success", "group.memberLeft");
        return "redirect:/groups/" + id;
    }
}
