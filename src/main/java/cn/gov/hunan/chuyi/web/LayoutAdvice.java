package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.notification.NotificationCenter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts into every page's model what the layout needs, and trims every bound string. */
@ControllerAdvice
class LayoutAdvice {

    private final boolean demo;
    private final NotificationCenter notifications;

    LayoutAdvice(@Value("${chuyi.demo.enabled:false}") boolean demo, NotificationCenter notifications) {
        this.demo = demo;
        this.notifications = notifications;
    }

    /** The unread count in the navigation bar: one indexed count per page. */
    @ModelAttribute("unreadNotifications")
    long unreadNotifications(@AuthenticationPrincipal PortalUser viewer) {
        return viewer == null ? 0 : notifications.unreadCount(viewer.id());
    }

    @ModelAttribute("viewer")
    PortalUser viewer(@AuthenticationPrincipal PortalUser viewer) {
        return viewer;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        // blank inputs become null, so "required" means required and a lone space is no reason
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
