package cn.gov.hunan.chuyi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be read — invalid UTF-8 ({@code ?q=%C3%28}), too many of them, an upload over the
 * size limit — is answered here with the portal's error page (400, or Tomcat's 413 for a body too large). Left to
 * go on, every later reader of a parameter (the CSRF check, the language switch, the error page itself) fails
 * again, and the user saw Spring's or Tomcat's page instead. Reading them once here costs nothing: every request
 * reads them anyway (the language switch, the CSRF check of each post).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private final ErrorPages pages;

    MalformedRequestFilter(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            int status = unreadable instanceof InvalidParameterException p && p.getErrorCode() >= 400
                    ? p.getErrorCode()
                    : 400;
            String reference = String.valueOf(request.getAttribute(CorrelationFilter.ATTRIBUTE));
            LOG.warn(
                    "{} {} refused with {}: parameters unreadable ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    status,
                    rootMessage(unreadable));
            String html = pages.render(request, response, status, reference);
            response.resetBuffer();
            response.setStatus(status);
            ErrorPages.secureHeaders(response, reference);
            response.getWriter().write(html);
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
