package cn.gov.hunan.chuyi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.gov.hunan.chuyi.account.PortalUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo accounts, loaded from the database as at real sign-in. */
@Component
public class DemoUsers {

    private final UserDetailsService users;

    public DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    /** The account as services see it, for tests that call a service directly. */
    public PortalUser principal(String username) {
        return (PortalUser) users.loadUserByUsername(username);
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
