package cn.gov.hunan.chuyi.account.signin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.account.password.PasswordService;
import cn.gov.hunan.chuyi.account.policy.PolicyService;
import cn.gov.hunan.chuyi.account.policy.SecurityPolicy;
import cn.gov.hunan.chuyi.account.session.SessionLifetime;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.shared.StaticFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What happens after the password: the session gets the policy's idle timeout and its start time (for the
 * absolute timeout); a user who needs a second factor holds only a pending sign-in, with no role, until the code
 * is given; a user with a one-time or expired password changes it before anything else. The filter keeps such
 * sessions on those pages and ends sessions past their absolute lifetime.
 */
@Component
class SignInFlow extends OncePerRequestFilter implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String PENDING = "chuyi.signIn.pending";
    static final String MUST_CHANGE = "chuyi.signIn.mustChangePassword";
    static final String STARTED = "chuyi.signIn.startedAt";
    static final String PENDING_AUTHORITY = "PENDING_SECOND_FACTOR";

    // static files never reach this filter (shouldNotFilter), so they need no place here
    private static final List<String> OPEN_WHILE_PENDING = List.of("/login/two-factor", "/logout", "/error");
    private static final List<String> OPEN_WHILE_CHANGING = List.of("/account/password", "/logout", "/error");

    private final PolicyService policy;
    private final TwoFactorService twoFactor;
    private final PasswordService passwords;
    private final SignInGuard guard;
    private final Clock clock;
    private final SessionLifetime lifetime;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInFlow(
            PolicyService policy,
            TwoFactorService twoFactor,
            PasswordService passwords,
            SignInGuard guard,
            Clock clock,
            SessionLifetime lifetime) {
        this.lifetime = lifetime;
        this.policy = policy;
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        HttpSession session = request.getSession();
        SecurityPolicy p = policy.current();
        session.setMaxInactiveInterval(p.sessionIdleMinutes() * 60);
        session.setAttribute(STARTED, clock.instant());
        keepCsrfToken(request);
        if (twoFactor.neededAtSignIn(user)) {
            session.setAttribute(PENDING, authentication);
            var pending = UsernamePasswordAuthenticationToken.authenticated(
                    user.getUsername(), null, List.of(new SimpleGrantedAuthority(PENDING_AUTHORITY)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(pending);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + "/login/two-factor");
            return;
        }
        response.sendRedirect(request.getContextPath() + complete(user, request));
    }

    /**
     * The token that replaced the signed-out one at sign-in is written into the session now, with the sign-in, rather
     * than by whichever of the pages the browser opens next renders a form first: opened in parallel, each would
     * make its own and the tabs would hold tokens that overwrote each other.
     */
    private static void keepCsrfToken(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    /** The sign-in is whole: the time is kept, and a one-time or expired password must be changed first. */
    String complete(PortalUser user, HttpServletRequest request) {
        passwords.signedIn(user.id());
        guard.signedInFrom(user.id(), request.getRemoteAddr());
        if (request.getSession().getAttribute(MUST_CHANGE) != null || passwords.mustChange(user.id())) {
            request.getSession().setAttribute(MUST_CHANGE, Boolean.TRUE);
            return "/account/password";
        }
        return "/";
    }

    /** The second factor was right: the pending sign-in becomes the real one, under a new session id. */
    String promote(HttpServletRequest request, HttpServletResponse response) {
        promoteQuietly(request, response);
        return request.getSession().getAttribute(MUST_CHANGE) != null ? "/account/password" : "/";
    }

    /** As {@link #promote} without leaving the page (the recovery codes are shown first). */
    PortalUser promoteQuietly(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        Authentication full = (Authentication) session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        PortalUser user = (PortalUser) full.getPrincipal();
        passwords.signedIn(user.id());
        guard.signedInFrom(user.id(), request.getRemoteAddr());
        if (passwords.mustChange(user.id())) {
            session.setAttribute(MUST_CHANGE, Boolean.TRUE);
        }
        return user;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String reason =
                e instanceof SignInGuard.Throttled ? "throttled" : e instanceof LockedException ? "locked" : "error";
        keepUserName(request, response);
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    /**
     * The sign-in page comes back with the user name typed (never the password), so that a mistyped password costs
     * the password alone. It travels as a flash attribute in the session, not in the address, where it would stay in
     * the history and in the logs of every proxy; the page escapes it like any text.
     */
    private static void keepUserName(HttpServletRequest request, HttpServletResponse response) {
        String username = request.getParameter("username");
        if (username == null || username.isBlank()) {
            return;
        }
        var flash = new FlashMap();
        flash.put("typedUsername", username.length() > 64 ? username.substring(0, 64) : username);
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
    }

    /** Static files need no session: not reading it keeps them free of database work. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticFiles.isStatic(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            Instant started = (Instant) session.getAttribute(STARTED);
            if (started != null && started.plus(lifetime.absolute()).isBefore(clock.instant())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            if (session.getAttribute(PENDING) != null
                    && OPEN_WHILE_PENDING.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + "/login/two-factor");
                return;
            }
            if (session.getAttribute(MUST_CHANGE) != null
                    && OPEN_WHILE_CHANGING.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Failures count toward lockout; the listener below is called by Spring Security's failure events. */
    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        guard.failed(String.valueOf(event.getAuthentication().getName()), address(event.getAuthentication()));
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
