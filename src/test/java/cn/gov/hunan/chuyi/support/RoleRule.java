package cn.gov.hunan.chuyi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.account.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who gets what from one endpoint: the roles it serves with the answer each gets, 403 for every other role, and the
 * sign-in page for a visitor (unless the page is public). Every request carries a CSRF token, so a refusal is the
 * role rule's, not the token's. All roles are tried and every difference is reported at once.
 *
 * <pre>
 * SignedIn.rule(mvc, () -&gt; post("/groups/1/members").param("organization", "7"))
 *         .allows(status().is3xxRedirection(), PROVINCE_ADMIN, SCHOOL_ADMIN)
 *         .refusesTheRest();
 * </pre>
 */
public final class RoleRule {

    private final MockMvc mvc;
    private final Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request;
    private final Map<Role, ResultMatcher> allowed = new EnumMap<>(Role.class);
    private ResultMatcher visitor = result -> {
        status().isFound().match(result);
        redirectedUrl("/login").match(result);
    };

    RoleRule(MockMvc mvc, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        this.mvc = mvc;
        this.request = request;
    }

    /** These roles get this answer. */
    public RoleRule allows(ResultMatcher answer, Role... roles) {
        for (Role role : roles) {
            allowed.put(role, answer);
        }
        return this;
    }

    /** A public page: a visitor without an account gets this answer instead of the sign-in page. */
    public RoleRule openToVisitors(ResultMatcher answer) {
        visitor = answer;
        return this;
    }

    /** Runs the requests: the allowed roles get their answers, every other role 403, a visitor the sign-in page. */
    public void refusesTheRest() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Role role : Role.values()) {
            check(role.name(), SignedIn.as(role), allowed.getOrDefault(role, status().isForbidden()), differences);
        }
        // no signed-in user left on this thread from the requests above: the visitor's request must carry none
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
        check("visitor", r -> r, visitor, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError(
                    describe() + " answered otherwise than meant:\n  " + String.join("\n  ", differences));
        }
    }

    private void check(String who, RequestPostProcessor signIn, ResultMatcher expected, List<String> differences) {
        MvcResult result = null;
        try {
            result = mvc.perform(request.get().with(signIn).with(csrf())).andReturn();
            expected.match(result);
        } catch (AssertionError | Exception e) {
            differences.add(who + ": " + e.getMessage() + answered(result));
        }
    }

    /** What the refused request was answered with, for a difference that shows up once in a thousand runs. */
    private static String answered(MvcResult result) {
        if (result == null) {
            return "";
        }
        var response = result.getResponse();
        return " (answered " + response.getStatus() + " " + Objects.toString(response.getErrorMessage(), "")
                + ", redirect " + response.getRedirectedUrl() + ", forward " + response.getForwardedUrl()
                + ", exception " + result.getResolvedException() + ")";
    }

    private String describe() {
        var sample = request.get().buildRequest(new MockServletContext());
        return sample.getMethod() + " " + sample.getRequestURI();
    }
}
