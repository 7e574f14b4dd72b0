package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.ServerRefusalAnswer;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.CompositeRequestRejectedHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.ObservationMarkingRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The API's own filter chain, before the portal's (which never sees /api/**): stateless (no session, so no CSRF
 * token to carry and no cookie to steal), no sign-in page, every call through {@link ApiKeyFilter}. A request the
 * filter let through is authenticated; anything else is answered 401. What the dispatcher cannot answer (an unknown
 * path, a server error) is a problem too ({@link ApiErrorFilter}), and so is a request under /api that Spring
 * Security's firewall refuses before any chain runs ({@link #requestRejectedHandler}), and one Tomcat itself refuses
 * before the application ({@link #apiServerRefusals}): never the portal's HTML page.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    ApiProblems apiProblems(MessageSource messages) {
        return new ApiProblems(messages);
    }

    /** The rate limit, one for the instance (a bean, so that a test can spend a key's calls without making them). */
    @Bean
    RateLimiter apiRateLimiter(ApiSettings settings, Clock clock) {
        return new RateLimiter(settings.requestsPerMinute(), clock);
    }

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiKeys keys,
            RateLimiter limiter,
            ApplicationEventPublisher events,
            ApiProblems problems)
            throws Exception {
        var filter = new ApiKeyFilter(keys, limiter, events, problems);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(filter, AuthorizationFilter.class)
                // last before the dispatcher: its errors in JSON, with the status the key filter then audits
                .addFilterAfter(new ApiErrorFilter(problems), AuthorizationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(
                                (request, response, e) -> problems.write(request, response, ApiProblem.MISSING_KEY))
                        .accessDeniedHandler(
                                (request, response, e) -> problems.write(request, response, ApiProblem.FORBIDDEN)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * What the firewall ({@code StrictHttpFirewall}) refuses — a path with {@code ;}, {@code //}, an encoded
     * {@code /} or {@code .} … — before any filter chain is chosen: a problem (400) under /api, the portal's error
     * page (400, through Spring Boot's /error) anywhere else, as without this bean; the refusal is still marked on the
     * request's observation.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(
            ApiProblems problems, ObjectProvider<ObservationRegistry> observations) {
        var portal = new HttpStatusRequestRejectedHandler();
        RequestRejectedHandler apiOrPortal = (request, response, rejected) -> {
            if (underApi(request.getRequestURI(), request.getContextPath())) {
                problems.write(request, response, ApiProblem.REQUEST_REJECTED);
            } else {
                portal.handle(request, response, rejected);
            }
        };
        var registry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        return registry.isNoop()
                ? apiOrPortal
                : new CompositeRequestRejectedHandler(
                        new ObservationMarkingRequestRejectedHandler(registry), apiOrPortal);
    }

    /**
     * What Tomcat refuses under /api before the application sees it — an encoded {@code /} ({@code %2F}), a
     * {@code %00}, a {@code ..} above the root, headers over the limit — is a problem too: the web module's error
     * valve ({@code web.PortalErrorValve}) asks this bean before it renders the portal's page. A 400 is a refused
     * address ({@link ApiProblem#REQUEST_REJECTED}, as for the firewall); another status is its problem
     * ({@link ApiProblem#ofStatus}) with that status. Such a request never reaches the key filter: it is not audited.
     */
    @Bean
    ServerRefusalAnswer apiServerRefusals(ApiProblems problems, ServletContext servletContext) {
        return (request, response, status) -> {
            if (!underApi(request.getRequestURI(), servletContext.getContextPath())) {
                return false;
            }
            ApiProblem problem = status == 400 ? ApiProblem.REQUEST_REJECTED : ApiProblem.ofStatus(status);
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            problems.send(request, response, problem, status);
            return true;
        };
    }

    /** Whether a raw request URI (not normalised: the firewall refused it) asks for the API. */
    static boolean underApi(String uri, String contextPath) {
        if (uri == null) {
            return false;
        }
        String path = uri.replaceAll("/{2,}", "/");
        String context = contextPath == null ? "" : contextPath;
        if (!path.startsWith(context)) {
            return false;
        }
        path = path.substring(context.length()).toLowerCase(Locale.ROOT);
        return path.equals("/api")
                || path.startsWith("/api/")
                || path.startsWith("/api;")
                || path.startsWith("/api%2f");
    }
}
