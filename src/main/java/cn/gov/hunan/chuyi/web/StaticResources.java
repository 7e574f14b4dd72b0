package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.shared.StaticFiles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Templates link the WebJars without a version ({@code /webjars/bootstrap/css/bootstrap.min.css}) and the resolver
 * finds the file when it is requested. Spring Boot would also rewrite every link of every page through the resource
 * chain: each {@code @{...}} of a rendered page, static or not, became a class-path lookup (measured: most of the
 * time of a 50-row list, docs/performance.md). The templates need no rewriting, so the rewriting filter is off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

    /**
     * Flash attributes (the "saved" message after a redirect) live in the session; a static file has none to show, so
     * it does not look the session up for them (a look-up in the shared store for every style sheet).
     */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {
            @Override
            protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                return StaticFiles.isStatic(request) ? null : super.retrieveFlashMaps(request);
            }
        };
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noLinkRewriting() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
