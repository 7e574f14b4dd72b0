package cn.gov.hunan.chuyi.shared;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Pages a module opens to visitors without an account. The module that owns the pages declares them as a bean;
 * the security configuration opens exactly what the beans declare, so a public page is decided where it is built.
 * Everything else needs a signed-in user, and each endpoint still carries its own role rule.
 *
 * @param method the HTTP method the patterns are open for
 * @param patterns path patterns ({@code *} for one segment)
 */
public record PublicPages(HttpMethod method, List<String> patterns) {

    public static PublicPages get(String... patterns) {
        return new PublicPages(HttpMethod.GET, List.of(patterns));
    }

    public static PublicPages post(String... patterns) {
        return new PublicPages(HttpMethod.POST, List.of(patterns));
    }
}
