package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.shared.ServerRefusalAnswer;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.junit.jupiter.api.Test;

/**
 * A module's answer to a request the server refused fails safely: no module to ask (the context closing) leaves the
 * portal's page to answer, and an answer that broke after part of it went out is not followed by a second one.
 */
class PortalErrorValveTests {

    private final Request request = mock(Request.class);
    private final Response response = mock(Response.class);

    @Test
    void noModuleToAskLeavesThePortalsPageToAnswer() {
        var valve = new PortalErrorValve(() -> null, () -> {
            throw new IllegalStateException("the application context is closing");
        });
        assertThat(valve.answeredByItsModule(request, response, 400, "ref-1")).isFalse();
    }

    @Test
    void anAnswerThatBrokeAfterPartOfItWentOutIsNotFollowedByAnother() {
        ServerRefusalAnswer broken = (req, res, status) -> {
            throw new IllegalStateException("broke half way");
        };
        when(response.isCommitted()).thenReturn(true);
        var valve = new PortalErrorValve(() -> null, () -> List.of(broken));
        assertThat(valve.answeredByItsModule(request, response, 400, "ref-2")).isTrue();
        verify(response, never()).resetBuffer();
    }

    @Test
    void anAnswerThatBrokeBeforeAnythingWentOutLeavesThePortalsPage() {
        ServerRefusalAnswer broken = (req, res, status) -> {
            throw new IllegalStateException("broke at once");
        };
        var valve = new PortalErrorValve(() -> null, () -> List.of(broken));
        assertThat(valve.answeredByItsModule(request, response, 400, "ref-3")).isFalse();
        verify(response).resetBuffer();
    }
}
