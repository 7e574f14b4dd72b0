package cn.gov.hunan.chuyi.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The paths of the portal's own static files (style sheets, scripts, images, WebJars). They are public and need no
 * session: the security chain, the session filters and the flash-map lookup all leave them alone (docs/performance.md).
 */
public final class StaticFiles {

    /** For request matchers. */
    public static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    private static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon");

    private StaticFiles() {}

    public static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
