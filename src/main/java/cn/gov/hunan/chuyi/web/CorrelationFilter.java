package cn.gov.hunan.chuyi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A reference for every request: in the log lines it causes ({@code %X{correlationId}}), in the
 * {@code X-Request-Id} response header, and on the error page, so that a user can quote it and the operator find
 * the details — the page itself shows no stack trace, SQL or class name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "chuyi.correlationId";
    private static final Logger LOG = LoggerFactory.getLogger(CorrelationFilter.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new reference, also for requests refused before this filter runs (see PortalErrorValve). */
    static String newReference() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = newReference();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader("X-Request-Id", id);
        MDC.put("correlationId", id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.error("request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            throw e;
        } finally {
            MDC.remove("correlationId");
        }
    }
}
