package cn.gov.hunan.chuyi.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's refusals as JSON ({@code {"status":401,"error":"unauthorized","message":"…"}}), written by the filter
 * before any controller runs. The texts are fixed here: nothing the caller sent is echoed.
 */
final class ApiProblems {

    private ApiProblems() {}

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
