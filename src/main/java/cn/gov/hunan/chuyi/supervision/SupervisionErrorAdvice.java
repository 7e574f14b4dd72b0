package cn.gov.hunan.chuyi.supervision;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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
        String referer = request.getHeader("Referer");
        try {
            if (referer != null) {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return "redirect:" + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            }
        } catch (IllegalArgumentException ignored) {
            // unparsable header: go home
        }
        return "redirect:/";
    }
}
