package cn.gov.hunan.chuyi.support;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users for controller slices, one per role, bound as the demo accounts are: the city officer to 长沙 ({@link #CITY}),
 * the school administrator and the expert to an organisation ({@link #ORGANIZATION}, {@link #EXPERT_ORGANIZATION}).
 * No database: the principal is built here and put into the request as a signed-in session would.
 */
public final class SignedIn {

    /** 长沙市: the city officer's city. */
    public static final String CITY = "430100";
    /** The school administrator's organisation. */
    public static final long ORGANIZATION = 101L;
    /** The expert's own organisation (the same-organisation conflict rule). */
    public static final long EXPERT_ORGANIZATION = 202L;

    private SignedIn() {}

    /** The principal of the role's user (id = the role's ordinal + 1, user name the role's name in lower case). */
    public static PortalUser principal(Role role) {
        return new PortalUser(
                role.ordinal() + 1L,
                role.name().toLowerCase(),
                role.name(),
                null,
                true,
                Set.of(role),
                role == Role.CITY_OFFICER || role == Role.INSPECTOR ? CITY : null,
                switch (role) {
                    case SCHOOL_ADMIN -> ORGANIZATION;
                    case EXPERT -> EXPERT_ORGANIZATION;
                    default -> null;
                });
    }

    /** Signs the request in as the role's user. */
    public static RequestPostProcessor as(Role role) {
        return as(principal(role));
    }

    /** Signs the request in as this user (another city, another school, several roles). */
    public static RequestPostProcessor as(PortalUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    /**
     * The role rule of one endpoint, checked for every role and for a visitor without an account. The request is
     * built afresh for each of them (a request builder keeps what was added to it).
     */
    public static RoleRule rule(MockMvc mvc, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return new RoleRule(mvc, request);
    }
}
