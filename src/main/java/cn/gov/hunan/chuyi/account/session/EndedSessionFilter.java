package cn.gov.hunan.chuyi.account.session;

import cn.gov.hunan.chuyi.shared.StaticFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ended elsewhere — by a newer sign-in of a privileged account, "sign out everywhere", a disabled account or
 * a revoked role, on whichever instance — carries the registry's mark in the shared store; its next request is sent to
 * the sign-in page. It reads the mark from the session the request has already loaded, where Spring Security's
 * ConcurrentSessionFilter would read the store twice more on every request, and it leaves static files alone.
 */
public class EndedSessionFilter extends OncePerRequestFilter {

    /**
     * The attribute SpringSessionBackedSessionInformation#expireNow sets (the class and its constant are not public;
     * AccountSecurityIT fails if the name ever changes).
     */
    static final String ENDED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticFiles.isStatic(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(ENDED))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
