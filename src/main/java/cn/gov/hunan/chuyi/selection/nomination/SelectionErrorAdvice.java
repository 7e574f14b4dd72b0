package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.shared.SafeRedirect;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An incomplete nomination comes back with the list of what is missing (other refusals: the web module's advice). */
@ControllerAdvice
// before web.RefusalAdvice, which would answer every RuleViolation with its first message only
@Order(Ordered.HIGHEST_PRECEDENCE)
class SelectionErrorAdvice {

    @ExceptionHandler(NominationIncomplete.class)
    String incomplete(NominationIncomplete e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "selection.nomination.error.incomplete");
        redirect.addFlashAttribute("errorList", e.messageKeys());
        return SafeRedirect.back(request.getHeader("Referer"));
    }
}
