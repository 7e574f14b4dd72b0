package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.shared.ServerRefusalAnswer;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the application sees the request — a malformed path ({@code /%2e%2e/%00}), a request
 * line or headers over the size limit — gets the portal's error page instead of Tomcat's, in the user's language,
 * with a reference that is also logged, and without Tomcat's name or version. A request line too long is answered
 * 414 and headers too large 431 (Tomcat says 400 to both). A module that answers its paths in its own format asks
 * first ({@link ServerRefusalAnswer} beans: the API's problems in JSON under /api). The valve replaces Tomcat's
 * ErrorReportValve on the host; errors inside the application still go to Spring Boot's /error (see {@link ErrorPages}).
 */
class PortalErrorValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorValve.class);
    /** Tomcat's own message for a request line or headers over max-http-request-header-size. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    private final Supplier<ErrorPages> pages;
    private final Supplier<List<ServerRefusalAnswer>> answers;

    PortalErrorValve(Supplier<ErrorPages> pages, Supplier<List<ServerRefusalAnswer>> answers) {
        this.pages = pages;
        this.answers = answers;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Throwable failure =
                throwable != null ? throwable : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == 400
                && failure instanceof IllegalArgumentException
                && HEADER_TOO_LARGE.equals(failure.getMessage())) {
            // the request line is part of the header buffer: no method yet means the line itself did not fit
            status = request.getCoyoteRequest().method().isNull()
                            || request.getCoyoteRequest().requestURI().isNull()
                    ? 414
                    : 431;
        }
        String reference = CorrelationFilter.newReference();
        LOG.warn(
                "request refused by the server with {} (reference {}): {}",
                status,
                reference,
                failure == null ? response.getMessage() : failure.toString());
        if (answeredByItsModule(request, response, status, reference)) {
            return;
        }
        String html;
        try {
            html = pages.get().render(request.getRequest(), response.getResponse(), status, reference);
        } catch (RuntimeException renderingFailed) {
            LOG.error("the error page could not be rendered (reference {})", reference, renderingFailed);
            html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status
                    + "</title></head><body><h1>" + status
                    + "</h1><p>请求无法处理 / The request could not be processed.</p><p>"
                    + reference + "</p></body></html>";
        }
        try {
            response.setStatus(status);
            ErrorPages.secureHeaders(response.getResponse(), reference);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(html);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("the error page could not be written (reference {})", reference, e);
        }
    }

    /** Whether a module answered the request in its own format (the API's problem), with the reference in a header. */
    boolean answeredByItsModule(Request request, Response response, int status, String reference) {
        // the headers every answer carries: the HTML page sets them again
        response.setHeader("X-Request-Id", reference);
        response.setHeader("X-Content-Type-Options", "nosniff");
        List<ServerRefusalAnswer> modules;
        try {
            modules = answers.get();
        } catch (RuntimeException notNow) { // the context is closing: the HTML page still answers
            LOG.debug("no module answers refusals now (reference {})", reference, notNow);
            return false;
        }
        for (ServerRefusalAnswer answer : modules) {
            try {
                if (answer.answer(request.getRequest(), response.getResponse(), status)) {
                    response.finishResponse();
                    return true;
                }
            } catch (IOException | RuntimeException answerFailed) {
                LOG.error("the refusal could not be answered by {} (reference {})", answer, reference, answerFailed);
                if (response.isCommitted()) {
                    return true; // part of an answer went out: another one cannot follow it
                }
                response.resetBuffer();
            }
        }
        return false;
    }

    /** Puts the valve on Tomcat's host in place of the ErrorReportValve that Spring Boot and Tomcat add. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ObjectProvider<ErrorPages> pages;
        private final ObjectProvider<ServerRefusalAnswer> answers;

        Installer(ObjectProvider<ErrorPages> pages, ObjectProvider<ServerRefusalAnswer> answers) {
            this.pages = pages;
            this.answers = answers;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline()
                        .addValve(new PortalErrorValve(
                                pages::getObject, () -> answers.orderedStream().toList()));
                if (host instanceof StandardHost standard) {
                    // else Tomcat adds its own ErrorReportValve when the host starts
                    standard.setErrorReportValveClass(PortalErrorValve.class.getName());
                }
            });
        }

        /** After Spring Boot's customizer, whose ErrorReportValve this one takes out. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
