package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.account.PortalUser;
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

    LayoutAdvice(@Value("${chuyi.demo.enabled:false}") boolean demo) {
        this.demo = demo;
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
