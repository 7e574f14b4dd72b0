package cn.gov.hunan.chuyi.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form sign-in with CSRF protection, sign-out by POST only. Which role may call which page is declared
 * with {@code @PreAuthorize} on each controller method, beside the code it guards; this chain only
 * separates the public pages from the rest.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** bcrypt at cost 12; the "{id}" prefix lets a later change move to another encoder without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, org.springframework.context.ApplicationEventPublisher events)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/publicity", "/publicity/*",
                                "/publicity/*/print", "/publicity/*/list.xlsx", "/think-tank", "/think-tank/*", "/inheritors")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(auditedDenial(events)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Every refusal goes to the audit log (who, what path), then to the usual 403 page. */
    private static org.springframework.security.web.access.AccessDeniedHandler auditedDenial(
            org.springframework.context.ApplicationEventPublisher events) {
        var page = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            events.publishEvent(new cn.gov.hunan.chuyi.shared.Audited(null, "ACCESS", "PATH", request.getRequestURI(),
                    "DENIED", request.getMethod()));
            page.handle(request, response, denied);
        };
    }
}
