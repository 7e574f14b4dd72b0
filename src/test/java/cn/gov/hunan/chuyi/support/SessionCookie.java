package cn.gov.hunan.chuyi.support;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's session cookie across MockMvc requests. Sessions live in the database (Spring Session JDBC), as in
 * production, so a test follows the cookie the way a browser does, including the new id given at sign-in.
 */
public final class SessionCookie {

    public static final String NAME = "SESSION";

    private final MockMvc mvc;
    private Cookie cookie;

    private SessionCookie(MockMvc mvc, Cookie cookie) {
        this.mvc = mvc;
        this.cookie = cookie;
    }

    /** The session a response started (a sign-in, say). */
    public static SessionCookie of(MockMvc mvc, MvcResult result) {
        var jar = new SessionCookie(mvc, null);
        jar.keep(result);
        if (jar.cookie == null) {
            throw new AssertionError("the response set no session cookie");
        }
        return jar;
    }

    /** A browser that has not been here yet. */
    public static SessionCookie fresh(MockMvc mvc) {
        return new SessionCookie(mvc, null);
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (cookie != null) {
            request.cookie(cookie);
        }
        ResultActions actions = mvc.perform(request);
        keep(actions.andReturn());
        return actions;
    }

    /** The session id in the store (the cookie holds it in Base64). */
    public String sessionId() {
        return cookie == null
                ? null
                : new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    private void keep(MvcResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
    }
}
