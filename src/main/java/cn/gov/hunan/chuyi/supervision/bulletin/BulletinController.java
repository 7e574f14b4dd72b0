package cn.gov.hunan.chuyi.supervision.bulletin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import java.time.LocalDate;
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

/** Province staff prepare and issue a year's bulletin (通报) from its published results. */
@Controller
@RequestMapping("/supervision/plans/{id}/bulletin")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class BulletinController {

    private final BulletinService bulletins;

    BulletinController(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, Model model) {
        model.addAttribute("page", bulletins.page(id, admin));
        return "supervision/bulletin/form";
    }

    @PostMapping
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) String documentNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) String preface,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        var page = bulletins.page(id, admin);
        ConfirmationRequired.unless(
                confirmed,
                "supervision.bulletin.confirmPublish",
                page.plan().year(),
                page.bulletin().cities().size(),
                page.bulletin().overdue().size());
        bulletins.publish(id, documentNumber, issuedOn, preface, admin);
        redirect.addFlashAttribute("success", "supervision.bulletin.published");
        return "redirect:/supervision/bulletins/" + page.plan().year();
    }
}
