package cn.gov.hunan.chuyi.web;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether a user may GET a page, asked of the two places that decide it when the page is requested: the security
 * filter chain (public pages, sign-in required) and the {@code @PreAuthorize} rule of the controller method mapped to
 * the address (on the method, else on its class; no rule lets every user the chain lets through). The rules are
 * evaluated as method security evaluates them, with the default expression handler the portal's method security
 * uses too (it declares none of its own).
 */
final class PageRules {

    private final RequestMappingHandlerMapping mappings;
    private final WebInvocationPrivilegeEvaluator filterChain;
    private final PreAuthorizeAuthorizationManager methodRules = new PreAuthorizeAuthorizationManager();
    private final Map<String, Method> handlers = new HashMap<>();

    PageRules(RequestMappingHandlerMapping mappings, WebInvocationPrivilegeEvaluator filterChain) {
        this.mappings = mappings;
        this.filterChain = filterChain;
    }

    boolean mayGet(String path, Authentication user) {
        // with the method: the public pages are declared for GET only, so a request without one matches none of them
        if (!filterChain.isAllowed(null, path, "GET", user)) {
            return false;
        }
        Method handler = handler(path);
        if (handler == null) {
            // no page answers here (a slice test maps one controller): an entry leading nowhere is not offered;
            // MenuTests proves every entry has its page in the whole application
            return false;
        }
        AuthorizationResult decision = methodRules.authorize(() -> user, new SimpleMethodInvocation(null, handler));
        return decision == null || decision.isGranted();
    }

    /** Whether a controller method answers GET on this exact address. */
    boolean answers(String path) {
        return handler(path) != null;
    }

    /** The controller method answering GET on this exact address, or null. */
    private Method handler(String path) {
        synchronized (handlers) {
            return handlers.computeIfAbsent(
                    path,
                    p -> mappings.getHandlerMethods().entrySet().stream()
                            .filter(e -> e.getKey().getPatternValues().contains(p))
                            .filter(e -> e.getKey()
                                            .getMethodsCondition()
                                            .getMethods()
                                            .isEmpty()
                                    || e.getKey()
                                            .getMethodsCondition()
                                            .getMethods()
                                            .contains(RequestMethod.GET))
                            .map(e -> e.getValue().getMethod())
                            .findFirst()
                            .orElse(null));
        }
    }
}
