package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.shared.Audited;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every file the portal hands out — an export or an attachment — is audited: a response sent as an
 * attachment is recorded with its path and query (the filters of an export) once it has been written.
 */
@Configuration
class DownloadAuditing implements WebMvcConfigurer, HandlerInterceptor {

    private final ApplicationEventPublisher events;

    DownloadAuditing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (failure != null
                || response.getStatus() != 200
                || disposition == null
                || !disposition.startsWith("attachment")) {
            return;
        }
        String type = String.valueOf(response.getContentType());
        boolean export = type.contains("spreadsheetml") || type.startsWith("text/csv");
        String target =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        events.publishEvent(new Audited(null, export ? "EXPORT" : "DOWNLOAD", "PATH", target, "SUCCESS", type));
    }
}
