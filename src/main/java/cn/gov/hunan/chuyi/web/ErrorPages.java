package cn.gov.hunan.chuyi.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The portal's error page for every status, in the user's language, with the request's reference and nothing of
 * the failure: through Spring Boot's /error for what reaches the application, and rendered directly for what cannot
 * go through a controller (a request whose parameters cannot be read, one Tomcat refuses before the application:
 * {@link MalformedRequestFilter}, {@link PortalErrorValve}).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** Statuses with a page of their own; the others share error/error with their own title and text. */
    private static final Set<Integer> OWN_PAGE = Set.of(403, 404, 409);

    private static final Set<Integer> EXPLAINED = Set.of(400, 405, 413, 414, 431);
    /** For pages written outside Spring Security's chain, which sets these on every other page. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; frame-ancestors 'none'";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final ServletContext servletContext;

    ErrorPages(ITemplateEngine templates, LocaleResolver locales, ServletContext servletContext) {
        this.templates = templates;
        this.locales = locales;
        this.servletContext = servletContext;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        var view = new ModelAndView(view(status.value()), model, status);
        view.addAllObjects(keys(status.value()));
        return view;
    }

    /** The page as HTML, for a request no controller can answer. */
    String render(HttpServletRequest request, HttpServletResponse response, int status, String reference) {
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(outsideTheApplication(request), withoutSession(response));
        Map<String, Object> variables = new HashMap<>(keys(status));
        variables.put("reference", reference);
        var html = new StringWriter();
        templates.process(view(status), new WebContext(exchange, locales.resolveLocale(request), variables), html);
        return html.toString();
    }

    /**
     * A request Tomcat refused before mapping it to the application has no servlet context, no session and no
     * listeners for its attributes: the page is rendered as the application's, for a visitor without a session.
     */
    private HttpServletRequest outsideTheApplication(HttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        return new HttpServletRequestWrapper(request) {
            @Override
            public Object getAttribute(String name) {
                return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
            }

            @Override
            public void setAttribute(String name, Object value) {
                attributes.put(name, value);
            }

            @Override
            public void removeAttribute(String name) {
                attributes.put(name, null);
            }

            @Override
            public Enumeration<String> getAttributeNames() {
                return Collections.enumeration(attributes.keySet());
            }

            @Override
            public ServletContext getServletContext() {
                return servletContext;
            }

            @Override
            public HttpSession getSession(boolean create) {
                return null;
            }

            @Override
            public HttpSession getSession() {
                return null;
            }
        };
    }

    /** No session to encode into links (and Tomcat cannot resolve them against a request it did not parse). */
    private static HttpServletResponse withoutSession(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return url;
            }

            @Override
            public String encodeRedirectURL(String url) {
                return url;
            }
        };
    }

    /** The headers every portal page carries, for a response written outside the security chain. */
    static void secureHeaders(HttpServletResponse response, String reference) {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Request-Id", reference);
    }

    private static String view(int status) {
        return OWN_PAGE.contains(status) ? "error/" + status : "error/error";
    }

    private static Map<String, Object> keys(int status) {
        return EXPLAINED.contains(status)
                ? Map.of("titleKey", "error." + status + ".title", "textKey", "error." + status + ".text")
                : Map.of();
    }
}
