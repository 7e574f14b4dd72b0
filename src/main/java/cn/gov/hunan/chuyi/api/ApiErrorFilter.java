package cn.gov.hunan.chuyi.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What no controller of the API answers itself, answered as a problem ({@link ApiProblems}) instead of the portal's
 * HTML error page:
 * an unknown path under /api (Spring's {@code sendError(404)}), a method or media type Spring refuses, and a server
 * error (an exception out of the dispatcher: 500, logged with its stack, the caller told nothing of it). It sits in the
 * API's own filter chain only (after the key is checked, so {@link ApiKeyFilter} audits the status it sets), so the
 * portal's pages keep their HTML error pages.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final ApiProblems problems;

    ApiErrorFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answer = new ProblemErrors(request, response, problems);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
            response.resetBuffer(); // the headers stay: the request's reference, the security headers
            problems.write(request, response, ApiProblem.INTERNAL_ERROR);
        }
    }

    /** Turns {@code sendError} into a problem, so no error dispatch renders the portal's page. */
    private static final class ProblemErrors extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ApiProblems problems;

        ProblemErrors(HttpServletRequest request, HttpServletResponse response, ApiProblems problems) {
            super(response);
            this.request = request;
            this.problems = problems;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignored) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response was already committed");
            }
            resetBuffer();
            // the texts are the problem's own: nothing Spring's message says (a media type, a class name) is echoed
            problems.writeWithStatus(request, (HttpServletResponse) getResponse(), ApiProblem.ofStatus(status), status);
        }
    }
}
