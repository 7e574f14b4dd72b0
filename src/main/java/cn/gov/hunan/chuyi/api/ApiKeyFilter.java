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
    private final ApiProblems problems;

    ApiKeyFilter(ApiKeys keys, RateLimiter limiter, ApplicationEventPublisher events, ApiProblems problems) {
        this.keys = keys;
        this.limiter = limiter;
        this.events = events;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ApiKeys.Caller caller = keys.check(bearer(request));
        try {
            if (caller.outcome() != ApiKeys.Outcome.VALID) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"chuyi-api\"");
                problems.write(request, response, unauthorized(caller.outcome()));
                return;
            }
            Optional<ApiScope> needed = ApiScope.of(path);
            if (needed.isPresent() && !caller.scopes().contains(needed.get())) {
                problems.write(
                        request,
                        response,
                        ApiProblem.SCOPE_MISSING,
                        needed.get().path(),
                        scopeName(request, needed.get()));
                return;
            }
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                response.setHeader("Allow", "GET");
                problems.write(request, response, ApiProblem.METHOD_NOT_ALLOWED);
                return;
            }
            long wait = limiter.take(caller.keyId());
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                problems.write(request, response, ApiProblem.RATE_LIMITED, keys.requestsPerMinute(), wait);
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
        // the problem by its type's slug (expired-key, scope-missing …): language-neutral, as the audit log keeps
        // reasons
        String problem = request.getAttribute(ApiProblems.WRITTEN) instanceof ApiProblem p ? " " + p.slug() : "";
        String details = request.getMethod() + " " + status + problem
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

    private static ApiProblem unauthorized(ApiKeys.Outcome outcome) {
        return switch (outcome) {
            case MISSING -> ApiProblem.MISSING_KEY;
            case REVOKED -> ApiProblem.REVOKED_KEY;
            case EXPIRED -> ApiProblem.EXPIRED_KEY;
            default -> ApiProblem.UNKNOWN_KEY;
        };
    }

    private String scopeName(HttpServletRequest request, ApiScope scope) {
        return problems.message(request, "api.scope." + scope.name());
    }
}
