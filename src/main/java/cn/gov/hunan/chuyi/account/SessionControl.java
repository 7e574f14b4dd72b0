package cn.gov.hunan.chuyi.account;

import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The sessions of each account, as the shared session store knows them (whichever instance serves them): listed on the account's page,
 * ended everywhere on request, when the account is disabled, its password reset or a role revoked.
 */
@Component
class SessionControl {

    private final SessionRegistry registry;

    SessionControl(SessionRegistry registry) {
        this.registry = registry;
    }

    List<SessionInformation> sessionsOf(String username) {
        return registry.getAllSessions(username, false);
    }

    int signOutEverywhere(String username) {
        var sessions = sessionsOf(username);
        sessions.forEach(SessionInformation::expireNow);
        return sessions.size();
    }
}
