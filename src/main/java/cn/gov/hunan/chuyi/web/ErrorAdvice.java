package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Maps "not there or not yours" to the 404 page; never shows an exception's text to the user. */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(@AuthenticationPrincipal PortalUser viewer, jakarta.servlet.http.HttpServletRequest request) {
        // exception views get no @ModelAttribute values: give the layout its user, so the page keeps its menu
        var view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        view.addObject("viewer", viewer);
        view.addObject("unreadNotifications", 0L);
        view.addObject("reference", request.getAttribute(CorrelationFilter.ATTRIBUTE));
        return view;
    }
}
