package cn.gov.hunan.chuyi.api;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API's own filter chain, before the portal's (which never sees /api/**): stateless (no session, so no CSRF
 * token to carry and no cookie to steal), no sign-in page, every call through {@link ApiKeyFilter}. A request the
 * filter let through is authenticated; anything else is answered 401 in JSON. What the dispatcher cannot answer (an
 * unknown path, a server error) is JSON too ({@link ApiErrorFilter}), never the portal's HTML error page.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http, ApiKeys keys, ApiSettings settings, Clock clock, ApplicationEventPublisher events)
            throws Exception {
        var filter = new ApiKeyFilter(keys, new RateLimiter(settings.requestsPerMinute(), clock), events);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(filter, AuthorizationFilter.class)
                // last before the dispatcher: its errors in JSON, with the status the key filter then audits
                .addFilterAfter(new ApiErrorFilter(), AuthorizationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                ApiProblems.write(response, 401, "unauthorized", "An API key is required."))
                        .accessDeniedHandler((request, response, e) ->
                                ApiProblems.write(response, 403, "forbidden", "Not allowed.")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
