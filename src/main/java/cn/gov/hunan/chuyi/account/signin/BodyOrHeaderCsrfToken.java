package cn.gov.hunan.chuyi.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token is taken from the form's body (a hidden field, multipart uploads included) or the X-CSRF-TOKEN
 * header, never from the address: a token in a URL ends up in access logs, the browser's history and Referer
 * headers, where someone else can pick it up. A request naming the token in its query string is judged as if it
 * carried no form token at all. Tokens stay masked per response (BREACH), as Spring Security's default does.
 */
final class BodyOrHeaderCsrfToken implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (!namedInQuery(request.getQueryString(), token.getParameterName())) {
            return masked.resolveCsrfTokenValue(request, token);
        }
        // the parameter map mixes query and body: with the name in the query, only the header may carry the token
        return masked.resolveCsrfTokenValue(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getParameter(String name) {
                        return token.getParameterName().equals(name) ? null : super.getParameter(name);
                    }
                },
                token);
    }

    static boolean namedInQuery(String query, String parameter) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2)[0])
                .anyMatch(name -> {
                    try {
                        return parameter.equals(URLDecoder.decode(name, StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException malformed) {
                        return true;
                    }
                });
    }
}
