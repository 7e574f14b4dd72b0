package cn.gov.hunan.chuyi.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How a module answers, in its own format, a request under its own paths that the server refuses before the
 * application sees it (Tomcat: an encoded {@code /} in the path, headers over the limit …), where the portal's HTML
 * error page would be the wrong answer — the API answers problems in JSON. The module declares it as a bean; the web
 * module's error valve asks each bean and renders the portal's error page when none answers.
 */
public interface ServerRefusalAnswer {

    /**
     * Writes the answer — status, headers, body — and says true when the request is this module's; writes nothing and
     * says false otherwise. The request was never mapped to the application: it has no session, and only its raw
     * path ({@code getRequestURI}) and headers can be relied on.
     *
     * @param status the status the server refused the request with (400, 431 …)
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response, int status) throws IOException;
}
