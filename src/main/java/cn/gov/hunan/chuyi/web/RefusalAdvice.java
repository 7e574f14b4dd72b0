package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.RuleViolation;
import cn.gov.hunan.chuyi.shared.SafeRedirect;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused action — any module's {@link RuleViolation}, a stale form, an upload too large or missing, a number or
 * date that does not convert — sends the user back to the page they came from with the reason in their language.
 * Forms with many fields catch their refusals themselves and re-render. For every other refused form, the text that
 * was posted goes back with the redirect as the flash attribute {@code typed} (field name → value, and
 * {@code _action} → the path the form posted to), and {@code errorField} names the field the refusal is about
 * ({@link RuleViolation#field()}), so the form fills its fields again and shows the reason beside the field
 * ({@code fragments/forms :: refusal}). A browser never fills a file field again, so upload forms cannot re-render.
 * The layout also says the reason at the top of the page, unless the page names the form's path in the model
 * attribute {@code refusalsBeside} (a set of paths): then a refusal about a field of that form is said beside the
 * field only, once.
 */
@ControllerAdvice
class RefusalAdvice {

    /**
     * Never sent back through the session: tokens, one-time codes, and passwords (any name with "password", and the
     * password change form's current, next and confirmation).
     */
    private static final Set<String> SECRETS =
            Set.of("code", "token", "secret", "otp", "current", "next", "confirmation");

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        if (e.arguments().length > 0) {
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        if (!e.itemKeys().isEmpty()) {
            // the layout lists them under the reason (fragments/layout: errorList)
            redirect.addFlashAttribute("errorList", e.itemKeys());
        }
        if (isForm(request)) {
            redirect.addFlashAttribute("typed", typed(request));
            if (e.field() != null) {
                redirect.addFlashAttribute("errorField", e.field());
            }
        }
        return back(request);
    }

    /**
     * A posted number or date that does not convert (letters, or a number too large for its field) is a refusal like
     * any other, in the user's language; the message key is the one the binder uses for the same type
     * ({@code typeMismatch.java.lang.Integer}, …, in the {@code forms} bundle). Returns null for anything but a
     * posted form parameter: a malformed id in a path or a link stays "not found".
     */
    static String typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !e.getParameter().hasParameterAnnotation(RequestParam.class)) {
            return null;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        String posted = request.getParameter(e.getName());
        // a number cleared from the form does not convert either: it is a field to fill in
        flash.put(
                "errorKey",
                posted == null || posted.isBlank() ? "forms.required" : typeMismatchKey(e.getRequiredType()));
        if (isForm(request)) {
            flash.put("typed", typed(request));
            flash.put("errorField", e.getName());
        }
        return back(request);
    }

    /**
     * A required field posted empty (a number or date cleared in the form) is a refusal beside that field, with the
     * rest of the form kept; anything else without a parameter it needs (a hand-made request) stays a 400.
     */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletRequest request, RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        if (!isForm(request)) {
            throw e;
        }
        redirect.addFlashAttribute("errorKey", "forms.required");
        redirect.addFlashAttribute("typed", typed(request));
        redirect.addFlashAttribute("errorField", e.getParameterName());
        return back(request);
    }

    /** The bundle key for a value that is not of the type: numbers and dates have their own, the rest the general one. */
    static String typeMismatchKey(Class<?> type) {
        if (type == null) {
            return "typeMismatch";
        }
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class) {
            return "typeMismatch." + boxed.getName();
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "typeMismatch.java.math.BigDecimal";
        }
        if (boxed == LocalDate.class || boxed == LocalDateTime.class || boxed == LocalTime.class) {
            return "typeMismatch." + boxed.getName();
        }
        return "typeMismatch";
    }

    /** A posted form: a browser sends it url-encoded or multipart (a post without a body type has only parameters). */
    private static boolean isForm(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        type = type.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }

    static Map<String, String> typed(HttpServletRequest request) {
        var typed = new HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (values.length > 0 && !name.startsWith("_") && !lower.contains("password") && !SECRETS.contains(lower)) {
                typed.put(name, values[0]);
            }
        });
        typed.put("_action", request.getRequestURI());
        return typed;
    }

    @ExceptionHandler({OptimisticLockException.class, ObjectOptimisticLockingFailureException.class})
    String stale(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", "error.409.text");
        if (isForm(request)) {
            // the message says someone else changed the record: the user decides whether to send their text again
            redirect.addFlashAttribute("typed", typed(request));
        }
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
        redirect.addFlashAttribute("errorKey", "attachment.error.missing");
        return back(request);
    }

    private static String back(HttpServletRequest request) {
        // a post from the confirmation page names where the user started: the page's own address is the post's
        String from = request.getParameter(ConfirmationRequired.BACK);
        return SafeRedirect.back(from != null ? from : request.getHeader("Referer"));
    }
}
