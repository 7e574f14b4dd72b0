package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Maps "not there or not yours" to the 404 page; never shows an exception's text to the user. */
@ControllerAdvice
class ErrorAdvice {

    private final ApplicationEventPublisher events;

    private final Menu menu;

    ErrorAdvice(ApplicationEventPublisher events, Menu menu) {
        this.events = events;
        this.menu = menu;
    }

    /**
     * A record refused by a service's access check: the user sees "not found", the auditor an access denial naming
     * what was asked for, so that someone trying other people's ids is seen (the audit module limits the rows).
     */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView refused(
            NotFoundException refusal, @AuthenticationPrincipal PortalUser viewer, HttpServletRequest request) {
        events.publishEvent(new Audited(
                null,
                "ACCESS",
                refusal.what(),
                refusal.id(),
                "DENIED",
                request.getMethod() + " " + request.getRequestURI()));
        return notFound(viewer, request);
    }

    /**
     * A value that does not convert: in a posted form it is the user's typing, refused in their language with the
     * form refilled ({@link RefusalAdvice#typeMismatch}); in a path or a link it names nothing, so "not found".
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(
            MethodArgumentTypeMismatchException e,
            @AuthenticationPrincipal PortalUser viewer,
            HttpServletRequest request) {
        String back = RefusalAdvice.typeMismatch(e, request);
        return back != null ? new ModelAndView(back) : notFound(viewer, request);
    }

    private ModelAndView notFound(PortalUser viewer, HttpServletRequest request) {
        // exception views get no @ModelAttribute values: give the layout its user, so the page keeps its menu
        var view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        view.addObject("viewer", viewer);
        view.addObject("navigation", menu.navigation());
        view.addObject("unreadNotifications", 0L);
        view.addObject("reference", request.getAttribute(CorrelationFilter.ATTRIBUTE));
        return view;
    }
}
