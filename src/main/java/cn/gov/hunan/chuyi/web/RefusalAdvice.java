package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import cn.gov.hunan.chuyi.shared.SafeRedirect;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused action — any module's {@link RuleViolation}, a stale form, an upload too large or missing — sends the
 * user back to the page they came from with the reason in their language. Forms with typed input catch their
 * refusals themselves and re-render, so that nothing typed is lost. Upload forms cannot re-render (a browser never
 * fills a file field again), so for a refused multipart form the text that was posted goes back with the redirect as
 * the flash attribute {@code typed} (field name → value, and {@code _action} → the path the form posted to), and the
 * form fills its fields from it.
 */
@ControllerAdvice
class RefusalAdvice {

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        if (e.arguments().length > 0) {
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        if (request.getContentType() != null && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            redirect.addFlashAttribute("typed", typed(request));
        }
        return back(request);
    }

    private static java.util.Map<String, String> typed(HttpServletRequest request) {
        var typed = new java.util.HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            // never the token, never anything that looks like a secret (no upload form asks for one today)
            if (values.length > 0 && !name.startsWith("_") && !name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                typed.put(name, values[0]);
            }
        });
        typed.put("_action", request.getRequestURI());
        return typed;
    }

    @ExceptionHandler({OptimisticLockException.class, ObjectOptimisticLockingFailureException.class})
    String stale(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "error.409.text");
        return back(request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "attachment.error.tooLarge");
        return back(request);
    }

    /** A form posted without its file (or not as a multipart request at all). */
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    String noFile(Exception e, HttpServletRequest request, RedirectAttributes redirect) {
        if (e instanceof MaxUploadSizeExceededException) {
            return tooLarge(request, redirect);
        }
        redirect.addFlashAttribute("errorKey", "attachment.error.empty");
        return back(request);
    }

    private static String back(HttpServletRequest request) {
        // a post from the confirmation page names where the user started: the page's own address is the post's
        String from = request.getParameter(cn.gov.hunan.chuyi.shared.ConfirmationRequired.BACK);
        return SafeRedirect.back(from != null ? from : request.getHeader("Referer"));
    }
}
