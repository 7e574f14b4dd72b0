package cn.gov.hunan.chuyi.supervision.plan;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationFilter;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
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

/** The department's side of supervision: plans and their tasks. */
@Controller
@RequestMapping("/supervision/plans")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class PlanController {

    static final int INDICATOR_ROWS = 8;

    private final PlanService plans;
    private final OrganizationDirectory organizations;

    PlanController(PlanService plans, OrganizationDirectory organizations) {
        this.plans = plans;
        this.organizations = organizations;
    }

    /** The schools a plan can be scoped to, by city and name. */
    private void schoolChoices(Model model, PortalUser admin) {
        model.addAttribute(
                "schools",
                organizations.search(OrganizationFilter.none(), PageRequest.of(0, 5000), admin).getContent().stream()
                        .filter(o -> o.kind().isSchool())
                        .toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("plans", plans.plans());
        return "supervision/plan/list";
    }

    /** A new plan, filled with last year's indicators ({@code copy=true}) or the default set. */
    @GetMapping("/new")
    String showNewForm(
            @RequestParam(defaultValue = "false") boolean copy,
            @AuthenticationPrincipal PortalUser admin,
            Model model) {
        schoolChoices(model, admin);
        model.addAttribute("schoolsOnly", false);
        model.addAttribute("chosen", Set.of());
        int year = LocalDate.now(PortalTime.ZONE).getYear();
        List<IndicatorView> lines = copy ? plans.indicatorsOfYearBefore(year) : plans.defaultIndicators();
        model.addAttribute("year", year);
        model.addAttribute("topic", plans.defaultTopic());
        model.addAttribute("visitFrom", LocalDate.now(PortalTime.ZONE).plusMonths(1));
        model.addAttribute("visitTo", LocalDate.now(PortalTime.ZONE).plusMonths(2));
        model.addAttribute("lines", padded(lines.isEmpty() ? plans.defaultIndicators() : lines));
        return "supervision/plan/form";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitTo,
            @RequestParam(defaultValue = "CITIES") String scope,
            @RequestParam(required = false) List<Long> schools,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser admin,
            Model model) {
        boolean schoolsOnly = "SCHOOLS".equals(scope);
        Set<Long> chosen = schools == null ? Set.of() : Set.copyOf(schools);
        List<IndicatorView> lines = new ArrayList<>();
        for (int i = 0; i < INDICATOR_ROWS; i++) {
            // a map of every posted field is not bound through the trimming editor: Text trims it here
            String name = Text.blankToNull(params.get("name_" + i));
            if (name != null) {
                lines.add(new IndicatorView(
                        null,
                        name,
                        decimal(params.get("weight_" + i)),
                        Text.blankToNull(params.get("guide_" + i)),
                        Text.blankToNull(params.get("numerator_" + i)),
                        Text.blankToNull(params.get("denominator_" + i)),
                        decimal(params.get("target_" + i))));
            }
        }
        try {
            return "redirect:/supervision/plans/"
                    + plans.createPlan(
                            year == null ? 0 : year,
                            topic,
                            schoolsOnly,
                            chosen,
                            visitFrom,
                            visitTo,
                            lines,
                            admin.getUsername());
        } catch (PlanRejected refused) {
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorArgs", refused.arguments());
        }
        model.addAttribute("year", year);
        model.addAttribute("topic", topic);
        model.addAttribute("visitFrom", visitFrom);
        model.addAttribute("visitTo", visitTo);
        model.addAttribute("lines", padded(lines));
        model.addAttribute("schoolsOnly", schoolsOnly);
        model.addAttribute("chosen", chosen);
        schoolChoices(model, admin);
        return "supervision/plan/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        var page = plans.page(id, admin);
        model.addAttribute("page", page);
        model.addAttribute("activation", activation(page.plan()));
        model.addAttribute("activationArguments", activationArguments(page.plan()));
        return "supervision/plan/detail";
    }

    @PostMapping("/{id}/activate")
    String activate(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        ConfirmationRequired.unless(confirmed, activation(plans.plan(id)), activationArguments(plans.plan(id)));
        plans.activate(id, version, admin);
        redirect.addFlashAttribute("success", "supervision.plan.activated");
        return "redirect:/supervision/plans/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        var plan = plans.plan(id);
        ConfirmationRequired.unless(
                confirmed, "supervision.plan.confirmPublish", plan.year(), plan.topic(), plans.taskCount(id));
        plans.publish(id, version, admin);
        redirect.addFlashAttribute("success", "supervision.plan.published");
        return "redirect:/supervision/plans/" + id + "/results";
    }

    /** Starting a plan creates one task per city, or per chosen school, and fixes the plan: the message says which. */
    private static String activation(PlanView plan) {
        return plan.schoolsOnly()
                ? "supervision.plan.confirmActivateSchools"
                : "supervision.plan.confirmActivateCities";
    }

    private static Object[] activationArguments(PlanView plan) {
        return new Object[] {plan.year(), plan.topic(), plan.schools()};
    }

    private static List<IndicatorView> padded(List<IndicatorView> lines) {
        List<IndicatorView> rows = new ArrayList<>(lines);
        while (rows.size() < INDICATOR_ROWS) {
            rows.add(new IndicatorView(null, null, null, null, null, null, null));
        }
        return rows;
    }

    private static BigDecimal decimal(String raw) {
        try {
            return Text.isBlank(raw) ? null : new BigDecimal(Text.blankToNull(raw));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
