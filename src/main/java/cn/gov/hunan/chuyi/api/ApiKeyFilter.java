package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.Audited;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every call of the API: the key ({@code Authorization: Bearer <key>}; 401 when missing, unknown, revoked or
 * expired), its scope for the path (403), its rate (429 with Retry-After), and then, whatever the answer, one row in
 * the audit log naming the key's prefix, the path and the status. Read-only: anything but GET is refused (405).
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String ACTION = "API_CALL";

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;

    ApiKeyFilter(ApiKeys keys, RateLimiter limiter, ApplicationEventPublisher events) {
        this.keys = keys;
        this.limiter = limiter;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ApiKeys.Caller caller = keys.check(bearer(request));
        try {
            if (caller.outcome() != ApiKeys.Outcome.VALID) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"chuyi-api\"");
                ApiProblems.write(response, 401, "unauthorized", unauthorized(caller.outcome()));
                return;
            }
            Optional<ApiScope> needed = ApiScope.of(path);
            if (needed.isPresent() && !caller.scopes().contains(needed.get())) {
                ApiProblems.write(
                        response,
                        403,
                        "forbidden",
                        "This key may not read " + needed.get().path() + ".");
                return;
            }
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                response.setHeader("Allow", "GET");
                ApiProblems.write(response, 405, "method_not_allowed", "The API is read-only: GET only.");
                return;
            }
            long wait = limiter.take(caller.keyId());
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                ApiProblems.write(
                        response,
                        429,
                        "too_many_requests",
                        "More than " + keys.requestsPerMinute() + " calls a minute with this key.");
                return;
            }
            var authentication = UsernamePasswordAuthenticationToken.authenticated(
                    "api-key:" + caller.prefix(),
                    null,
                    AuthorityUtils.createAuthorityList(caller.scopes().stream()
                            .map(s -> "SCOPE_" + s.name())
                            .toList()));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            chain.doFilter(request, response);
        } finally {
            audit(caller, request, path, response.getStatus());
        }
    }

    private void audit(ApiKeys.Caller caller, HttpServletRequest request, String path, int status) {
        String actor = "api-key:" + (caller.prefix() == null ? "none" : caller.prefix());
        String outcome =
                status < 400 ? "SUCCESS" : status == 401 || status == 403 || status == 429 ? "DENIED" : "FAILURE";
        String query = request.getQueryString();
        String details = request.getMethod() + " " + status
                + (query == null ? "" : " ?" + query.substring(0, Math.min(query.length(), 200)));
        events.publishEvent(
                new Audited(actor, ACTION, "API", path.length() > 64 ? path.substring(0, 64) : path, outcome, details));
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static String unauthorized(ApiKeys.Outcome outcome) {
        return switch (outcome) {
            case MISSING -> "An API key is required: Authorization: Bearer <key>.";
            case REVOKED -> "This key was revoked.";
            case EXPIRED -> "This key has expired.";
            default -> "Unknown key.";
        };
    }
}
