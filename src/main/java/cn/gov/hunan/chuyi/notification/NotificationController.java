package cn.gov.hunan.chuyi.notification;

import cn.gov.hunan.chuyi.account.PortalUser;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A user's own notifications; nobody reads another's. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationCenter center;

    NotificationController(NotificationCenter center) {
        this.center = center;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalUser viewer,
            Locale locale,
            Model model) {
        model.addAttribute("page", center.of(viewer.id(), PageRequest.of(Math.max(page, 0), 20), locale));
        return "notification/list";
    }

    @PostMapping("/read")
    String markAllRead(@AuthenticationPrincipal PortalUser viewer) {
        center.markAllRead(viewer.id());
        return "redirect:/notifications";
    }
}
