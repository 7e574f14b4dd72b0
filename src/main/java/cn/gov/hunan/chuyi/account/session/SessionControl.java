package cn.gov.hunan.chuyi.account.session;

import cn.gov.hunan.chuyi.shared.PortalTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions of each account, as the shared session store knows them (whichever instance serves them): listed on the
 * account's page, ended everywhere on request and whenever what a session holds about its user stops being true — a
 * change of binding, role, password or enabled state (the session keeps the user as they were at sign-in).
 */
@Component
public class SessionControl {

    private final SessionRegistry registry;

    SessionControl(SessionRegistry registry) {
        this.registry = registry;
    }

    /** A session as the user's own page lists it: when it was last used, in the portal's time, and whether it is this one. */
    public record SessionRow(LocalDateTime lastRequest, boolean current) {}

    public List<SessionRow> rowsOf(String username, String currentSessionId) {
        return sessionsOf(username).stream()
                .map(s -> new SessionRow(
                        PortalTime.local(s.getLastRequest().toInstant()),
                        s.getSessionId().equals(currentSessionId)))
                .toList();
    }

    List<SessionInformation> sessionsOf(String username) {
        return registry.getAllSessions(username, false);
    }

    public int signOutEverywhere(String username) {
        var sessions = sessionsOf(username);
        sessions.forEach(SessionInformation::expireNow);
        return sessions.size();
    }

    /**
     * After a user changed their own password: every other session ends (one opened with the old password, perhaps by
     * somebody who knew it, must not outlive it); the session that made the change goes on under a new id. Outside a
     * request (no current session) every session ends.
     */
    public int signOutOthers(String username) {
        HttpServletRequest request =
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        ? attributes.getRequest()
                        : null;
        HttpSession current = request == null ? null : request.getSession(false);
        String keep = current == null ? null : current.getId();
        var others = sessionsOf(username).stream()
                .filter(s -> !s.getSessionId().equals(keep))
                .toList();
        others.forEach(SessionInformation::expireNow);
        if (current != null) {
            request.changeSessionId();
        }
        return others.size();
    }
}
