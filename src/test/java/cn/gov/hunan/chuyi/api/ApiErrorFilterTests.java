package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the dispatcher cannot answer, as a problem in the caller's language: an error Spring sends, an exception; a
 * committed answer kept.
 */
class ApiErrorFilterTests {

    private final ApiErrorFilter filter = new ApiErrorFilter(problems());

    /** The problems' writer on the api bundle alone, as the application has it. */
    static ApiProblems problems() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/api");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ApiProblems(messages);
    }

    private MockHttpServletResponse call(FilterChain chain, String... language) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/whatever");
        for (String l : language) {
            request.addHeader("Accept-Language", l);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void anErrorSpringSendsIsAProblemNotAnErrorDispatch() throws Exception {
        var response = call((request, answer) -> ((HttpServletResponse) answer).sendError(404));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getErrorMessage())
                .as("no error dispatch to the portal's page")
                .isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Content-Language")).isEqualTo("zh-CN");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"type\":\"" + ApiProblem.NO_SUCH_PATH.type() + "\",\"title\":\"没有这个接口\","
                        + "\"status\":404,\"detail\":\"API 中没有这个路径；接口说明见 /api/v1/openapi.json。\","
                        + "\"instance\":\"/api/v1/whatever\"}");
        var refused = call((request, answer) -> ((HttpServletResponse) answer).sendError(406, "text/html"), "en");
        assertThat(refused.getContentAsString())
                .contains("\"type\":\"" + ApiProblem.NOT_ACCEPTABLE.type() + "\"")
                .contains("\"title\":\"Not acceptable\"")
                .doesNotContain("text/html");
        var tooLarge = call((request, answer) -> ((HttpServletResponse) answer).sendError(415));
        assertThat(tooLarge.getStatus()).isEqualTo(415);
        assertThat(tooLarge.getContentAsString())
                .contains("\"type\":\"" + ApiProblem.REFUSED.type() + "\"")
                .contains("\"status\":415");
    }

    @Test
    void anExceptionIsA500ProblemThatNamesNothingOfIt() throws Exception {
        var response = call(
                (request, answer) -> {
                    answer.getWriter().write("{\"partial\":");
                    throw new ServletException(
                            "Request processing failed", new IllegalStateException("select * from secret"));
                },
                "en-US,en;q=0.8,zh-CN;q=0.5");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .isEqualTo(
                        "{\"type\":\"" + ApiProblem.INTERNAL_ERROR.type() + "\",\"title\":\"Internal server error\","
                                + "\"status\":500,\"detail\":\"The server could not answer; try again later. If it keeps"
                                + " failing, quote the X-Request-Id header of the answer.\",\"instance\":\"/api/v1/whatever\"}");
    }

    @Test
    void aLanguageThePortalDoesNotSpeakGetsChinese() throws Exception {
        var response = call((request, answer) -> ((HttpServletResponse) answer).sendError(404), "fr-FR,de;q=0.5");
        assertThat(response.getHeader("Content-Language")).isEqualTo("zh-CN");
        assertThat(response.getContentAsString()).contains("\"title\":\"没有这个接口\"");
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
