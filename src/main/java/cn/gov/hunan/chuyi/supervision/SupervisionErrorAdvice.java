package cn.gov.hunan.chuyi.supervision;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refused supervision action sends the user back to the page they came from with the reason. */
@ControllerAdvice
class SupervisionErrorAdvice {

    @ExceptionHandler(SupervisionException.class)
    String refused(SupervisionException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.arguments());
        return cn.gov.hunan.chuyi.shared.SafeRedirect.back(request.getHeader("Referer"));
    }
}
