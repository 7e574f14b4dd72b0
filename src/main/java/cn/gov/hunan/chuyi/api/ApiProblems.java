package cn.gov.hunan.chuyi.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals and errors as RFC 9457 problem details ({@code application/problem+json}: type, title, status,
 * detail, instance), the title and detail in the caller's language: {@code Accept-Language} en for English, Chinese
 * (zh-CN) otherwise — the API is stateless, so neither the portal's cookie nor {@code ?lang} counts. Written here by
 * the filters before any controller runs ({@link ApiSecurityConfiguration}'s bean), and by {@link ApiErrors} after; the texts come from the api bundle, and
 * nothing the caller sent is echoed but the path ({@code instance}).
 */
class ApiProblems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** The request attribute naming the problem written, for the call's audit row ({@link ApiKeyFilter}). */
    static final String WRITTEN = ApiProblems.class.getName() + ".written";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        locales.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** The caller's language: English when Accept-Language asks for it first, Chinese otherwise. */
    Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** A text of the bundle in the caller's language. */
    String message(HttpServletRequest request, String key) {
        return messages.getMessage(key, null, locale(request));
    }

    /** The problem as Spring's record of it, with its texts in the caller's language. */
    ProblemDetail detail(HttpServletRequest request, ApiProblem problem, int status, Object... arguments) {
        Locale locale = locale(request);
        var detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create(problem.type()));
        detail.setTitle(messages.getMessage("api.problem." + problem.slug() + ".title", null, locale));
        detail.setDetail(messages.getMessage("api.problem." + problem.slug() + ".detail", arguments, locale));
        detail.setInstance(instance(request));
        return detail;
    }

    /** Writes the problem with its own status. */
    void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem, Object... arguments)
            throws IOException {
        writeWithStatus(request, response, problem, problem.status(), arguments);
    }

    /** Writes the problem with the status given (for {@link ApiProblem#REFUSED}, whatever Spring sent). */
    void writeWithStatus(
            HttpServletRequest request,
            HttpServletResponse response,
            ApiProblem problem,
            int status,
            Object... arguments)
            throws IOException {
        request.setAttribute(WRITTEN, problem);
        send(request, response, problem, status, arguments);
    }

    /**
     * Writes the problem with the status given, without naming it on the request for the call's audit row: for a
     * request the server refused before the application (no key checked, no call audited, no attributes to keep).
     */
    void send(
            HttpServletRequest request,
            HttpServletResponse response,
            ApiProblem problem,
            int status,
            Object... arguments)
            throws IOException {
        var detail = detail(request, problem, status, arguments);
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale(request).toLanguageTag());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(detail));
    }

    /** The members in the RFC's order, then any extension member. */
    static String json(ProblemDetail detail) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", detail.getType().toString());
        members.put("title", detail.getTitle());
        members.put("status", detail.getStatus());
        members.put("detail", detail.getDetail());
        if (detail.getInstance() != null) {
            members.put("instance", detail.getInstance().toString());
        }
        if (detail.getProperties() != null) {
            members.putAll(detail.getProperties());
        }
        return JSON.writeValueAsString(members);
    }

    /** The path called, without its query; null when it is no URI at all (a request the firewall refused). */
    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
