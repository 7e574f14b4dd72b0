package cn.gov.hunan.chuyi.selection;

import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused action (a rule, a stale form, a rejected upload) sends the user back to the page they came
 * from with the reason in their language. Forms with typed input catch these themselves and re-render,
 * so that nothing typed is lost.
 */
@ControllerAdvice
class SelectionErrorAdvice {

    @ExceptionHandler(IllegalTransitionException.class)
    String refused(IllegalTransitionException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.arguments());
        return back(request);
    }

    @ExceptionHandler(NominationIncomplete.class)
    String incomplete(NominationIncomplete e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "selection.nomination.error.incomplete");
        redirect.addFlashAttribute("errorList", e.messageKeys());
        return back(request);
    }

    @ExceptionHandler(AttachmentRejected.class)
    String rejectedUpload(AttachmentRejected e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        return back(request);
    }

    /** A form posted without its file (or not as a multipart request at all). */
    @ExceptionHandler({org.springframework.web.multipart.support.MissingServletRequestPartException.class,
        org.springframework.web.multipart.MultipartException.class})
    String noFile(Exception e, HttpServletRequest request, RedirectAttributes redirect) {
        if (e instanceof MaxUploadSizeExceededException) {
            return tooLarge(request, redirect);
        }
        redirect.addFlashAttribute("errorKey", "attachment.error.empty");
        return back(request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "attachment.error.tooLarge");
        return back(request);
    }

    @ExceptionHandler({OptimisticLockException.class, ObjectOptimisticLockingFailureException.class})
    String stale(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "error.409.text");
        return back(request);
    }

    private static String back(HttpServletRequest request) {
        return cn.gov.hunan.chuyi.shared.SafeRedirect.back(request.getHeader("Referer"));
    }
}
