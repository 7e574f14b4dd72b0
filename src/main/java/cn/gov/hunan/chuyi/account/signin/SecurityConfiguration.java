package cn.gov.hunan.chuyi.account.signin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.account.policy.PolicyService;
import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.account.session.EndedSessionFilter;
import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.shared.PublicPages;
import cn.gov.hunan.chuyi.shared.StaticFiles;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Form sign-in behind lockout and throttling, a second factor where required, CSRF protection, sign-out by POST
 * only, sessions with a new id at sign-in and a limit for privileged accounts, and the security headers. Which role
 * may call which page is declared with {@code @PreAuthorize} on each controller method, beside the code it guards;
 * this chain only separates the public pages from the rest.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * PBKDF2-HMAC-SHA256 (310 000 iterations) for new hashes: no length limit, so a long passphrase is never
     * truncated as bcrypt's 72 bytes would be. bcrypt hashes still verify and are re-hashed at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "pbkdf2",
                Map.of(
                        "pbkdf2",
                        Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder(12)));
    }

    /**
     * The sessions live in PostgreSQL (Spring Session JDBC), so the registry asks the database: every instance sees
     * every session of an account, and one ended on one instance is ended on all.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** The sign-in flow filter runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<SignInFlow> signInFlowRegistration(SignInFlow flow) {
        var registration = new FilterRegistrationBean<>(flow);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Static files: public, with the security headers, and without any session work (no context to load, no session
     * management): a browser sends its session cookie with each of them, and looking the session up in the shared
     * store for a style sheet cost more than serving it. Not {@code web.ignoring()}: the headers (nosniff, HSTS) still
     * matter for a script or a style sheet.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        // nothing to authorize (every static file is public): no authorization filter, no exception translation, no
        // servlet API wrapping, no sign-out; the chain is left with the security headers
        http.securityMatcher(StaticFiles.PATTERNS)
                .securityContext(context -> context.disable())
                .sessionManagement(sessions -> sessions.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(api -> api.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ApplicationEventPublisher events,
            SignInFlow flow,
            SignInGuard guard,
            PortalUserDetailsService users,
            PasswordEncoder encoder,
            SessionRegistry registry,
            PolicyService policy,
            AuthenticationEventPublisher authenticationEvents,
            @Value("${chuyi.metrics.scrape-addresses}") List<String> scrapeAddresses,
            List<PublicPages> publicPages)
            throws Exception {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        // one provider and no parent: a refusal by the guard is final, and each failure is published once
        var manager = new ProviderManager(new GuardedAuthenticationProvider(passwords, guard));
        manager.setAuthenticationEventPublisher(authenticationEvents);
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .access(fromAddresses(scrapeAddresses))
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers(publicPagesOf(publicPages))
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(flow)
                        .failureHandler(flow)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(
                        sessions -> sessions.sessionAuthenticationStrategy(sessionStrategy(registry, policy)))
                .addFilterAt(new EndedSessionFilter(), ConcurrentSessionFilter.class)
                .addFilterBefore(flow, AuthorizationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOrHeaderCsrfToken()))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(signInPage()).accessDeniedHandler(auditedDenial(events)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * A new session id at every sign-in (no fixation); a privileged account (the department and the three
     * administrators) keeps at most the policy's number of sessions (one by default): a new sign-in ends the oldest.
     */
    private static CompositeSessionAuthenticationStrategy sessionStrategy(
            SessionRegistry registry, PolicyService policy) {
        var concurrency = new ConcurrentSessionControlAuthenticationStrategy(registry) {
            @Override
            protected int getMaximumSessionsForThisUser(Authentication authentication) {
                boolean privileged = authentication.getPrincipal() instanceof PortalUser user
                        && user.roles().stream().anyMatch(TwoFactorRules.ALWAYS::contains);
                return privileged ? policy.current().privilegedMaxSessions() : -1;
            }
        };
        concurrency.setExceptionIfMaximumExceeded(false);
        return new CompositeSessionAuthenticationStrategy(List.of(
                concurrency,
                new ChangeSessionIdAuthenticationStrategy(),
                new RegisterSessionAuthenticationStrategy(registry)));
    }

    /**
     * Anonymous visitors go to the sign-in page by a relative Location: an absolute one would be built from the
     * request's Host header, which the client chooses ({@code Host: evil.example} sent them there).
     */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** The metrics scraper is a machine on the operations network, not a user: it is known by its address. */
    private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(List<String> addresses) {
        List<IpAddressMatcher> allowed =
                addresses.stream().map(String::trim).map(IpAddressMatcher::new).toList();
        return (authentication, context) -> new AuthorizationDecision(
                allowed.stream().anyMatch(m -> m.matches(context.getRequest().getRemoteAddr())));
    }

    /** Every refusal goes to the audit log (who, what path), then to the usual 403 page. */
    private static AccessDeniedHandler auditedDenial(ApplicationEventPublisher events) {
        var page = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            events.publishEvent(
                    new Audited(null, "ACCESS", "PATH", request.getRequestURI(), "DENIED", request.getMethod()));
            page.handle(request, response, denied);
        };
    }

    /** What the modules open to visitors without an account ({@link PublicPages} beans), as one matcher. */
    private static RequestMatcher publicPagesOf(List<PublicPages> publicPages) {
        List<RequestMatcher> matchers = publicPages.stream()
                .flatMap(pages -> pages.patterns().stream().map(pattern -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(pages.method(), pattern)))
                .toList();
        return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
    }
}
