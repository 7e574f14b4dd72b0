package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.SafeRedirect;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The confirmation page for a step that cannot be undone, posted without {@code confirmed=true} (see
 * {@link ConfirmationRequired}): what will happen, the posted values again as hidden fields, and a button that
 * sends them once more, confirmed. It is what a user without script sees, and what any unconfirmed post gets.
 */
@ControllerAdvice
class ConfirmationAdvice {

    /** One hidden field of the confirmation form. */
    record Field(String name, String value) {}

    private final Menu menu;

    ConfirmationAdvice(Menu menu) {
        this.menu = menu;
    }

    @ExceptionHandler(ConfirmationRequired.class)
    ModelAndView ask(
            ConfirmationRequired question, @AuthenticationPrincipal PortalUser viewer, HttpServletRequest request) {
        var page = new ModelAndView("web/confirm", HttpStatus.OK);
        page.addObject("consequence", question.consequenceKey());
        page.addObject("consequenceArgs", question.arguments());
        page.addObject("action", request.getRequestURI());
        page.addObject("fields", fields(request));
        String from = request.getParameter(ConfirmationRequired.BACK);
        page.addObject(
                "back",
                SafeRedirect.back(from != null ? from : request.getHeader("Referer"))
                        .substring("redirect:".length()));
        page.addObject("backField", ConfirmationRequired.BACK);
        // exception views get no @ModelAttribute values: give the layout its user, so the page keeps its menu
        page.addObject("viewer", viewer);
        page.addObject("navigation", menu.navigation());
        page.addObject("unreadNotifications", 0L);
        return page;
    }

    private static List<Field> fields(HttpServletRequest request) {
        var fields = new ArrayList<Field>();
        request.getParameterMap().forEach((name, values) -> {
            // the page's own form carries a fresh token and the confirmation itself
            if (!name.equals("_csrf")
                    && !name.equals(ConfirmationRequired.PARAMETER)
                    && !name.equals(ConfirmationRequired.BACK)) {
                for (String value : values) {
                    fields.add(new Field(name, value));
                }
            }
        });
        return fields;
    }
}
