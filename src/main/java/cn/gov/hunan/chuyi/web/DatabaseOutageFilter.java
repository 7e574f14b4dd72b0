package cn.gov.hunan.chuyi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the database is away (restart, failover, network), every page — including the session lookup, which runs
 * before any controller — answers 503 with a page in the user's language that asks to retry in a moment, instead of
 * a server error. It sits outside the session filter for that reason, and renders without touching the database.
 * Nothing is lost: a transaction either committed before the failure or did not happen, and the forms that create
 * or submit are idempotent, so sending again is safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    DatabaseOutageFilter(ITemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warn(
                    "database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(failure));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        boolean submission = !"GET".equals(request.getMethod());
        var context = new WebContext(
                exchange,
                locales.resolveLocale(request),
                Map.of(
                        "reference",
                        String.valueOf(request.getAttribute(CorrelationFilter.ATTRIBUTE)),
                        "wasSubmission",
                        submission,
                        "retryAfter",
                        RETRY_AFTER_SECONDS,
                        // "try again" reloads the page asked for; after a post it opens the dashboard, never re-posts
                        "retryPath",
                        submission ? "/" : pathAndQuery(request)));
        templates.process("error/unavailable", context, response.getWriter());
        response.flushBuffer();
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
