package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the dispatcher cannot answer, in the API's JSON: an error Spring sends, an exception; a committed answer kept. */
class ApiErrorFilterTests {

    private final ApiErrorFilter filter = new ApiErrorFilter();

    private MockHttpServletResponse call(FilterChain chain) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/whatever"), response, chain);
        return response;
    }

    @Test
    void anErrorSpringSendsIsJsonNotAnErrorDispatch() throws Exception {
        var response = call((request, answer) -> ((HttpServletResponse) answer).sendError(404));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getErrorMessage())
                .as("no error dispatch to the portal's page")
                .isNull();
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"status\":404,\"error\":\"not_found\","
                        + "\"message\":\"No such path in the API; see /api/v1/openapi.json.\"}");
        var refused = call((request, answer) -> ((HttpServletResponse) answer).sendError(406, "text/html"));
        assertThat(refused.getContentAsString())
                .contains("\"error\":\"not_acceptable\"")
                .doesNotContain("text/html");
    }

    @Test
    void anExceptionIsA500InJsonThatNamesNothingOfIt() throws Exception {
        var response = call((request, answer) -> {
            answer.getWriter().write("{\"partial\":");
            throw new ServletException("Request processing failed", new IllegalStateException("select * from secret"));
        });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString())
                .isEqualTo("{\"status\":500,\"error\":\"internal_error\","
                        + "\"message\":\"The server could not answer; try again later.\"}");
    }

    @Test
    void anAnswerAlreadySentIsLeftAsItIs() {
        assertThatThrownBy(() -> call((request, answer) -> {
                    answer.getWriter().write("[1,2");
                    answer.flushBuffer();
                    throw new IllegalStateException("late");
                }))
                .isInstanceOf(IllegalStateException.class);
    }
}
