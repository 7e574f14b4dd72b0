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
 * What no controller of the API answers itself, answered in the API's JSON instead of the portal's HTML error page:
 * an unknown path under /api (Spring's {@code sendError(404)}), a method or media type Spring refuses, and a server
 * error (an exception out of the dispatcher: 500, logged with its stack, the caller told nothing of it). It sits in the
 * API's own filter chain only (after the key is checked, so {@link ApiKeyFilter} audits the status it sets), so the
 * portal's pages keep their HTML error pages.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answer = new JsonErrors(response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
            response.resetBuffer(); // the headers stay: the request's reference, the security headers
            ApiProblems.write(response, 500, "internal_error", "The server could not answer; try again later.");
        }
    }

    /** The problem named for a status Spring sends as an error; the texts are fixed (nothing the caller sent). */
    static String[] problem(int status) {
        return switch (status) {
            case 400 -> new String[] {"bad_request", "The request could not be read."};
            case 404 -> new String[] {"not_found", "No such path in the API; see /api/v1/openapi.json."};
            case 405 -> new String[] {"method_not_allowed", "The API is read-only: GET only."};
            case 406 -> new String[] {"not_acceptable", "The API answers application/json only."};
            default ->
                status >= 500
                        ? new String[] {"internal_error", "The server could not answer; try again later."}
                        : new String[] {"error", "The request was refused."};
        };
    }

    /** Turns {@code sendError} into the API's JSON, so no error dispatch renders the portal's page. */
    private static final class JsonErrors extends HttpServletResponseWrapper {

        JsonErrors(HttpServletResponse response) {
            super(response);
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
            String[] problem = problem(status);
            ApiProblems.write((HttpServletResponse) getResponse(), status, problem[0], problem[1]);
        }
    }
}
