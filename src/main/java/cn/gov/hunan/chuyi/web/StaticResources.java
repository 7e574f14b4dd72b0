package cn.gov.hunan.chuyi.web;

import cn.gov.hunan.chuyi.shared.StaticFiles;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The portal's static files (style sheets, scripts, images, WebJars), served with as little work as a plain Spring
 * Boot application does (docs/performance.md, second round):
 * <ul>
 *   <li>their handler mapping is asked first, and only about their own prefixes: otherwise each request for a style
 *       sheet was first matched against every pattern of every controller (a few hundred), since no controller
 *       answers it;
 *   <li>pages link them with a version in the address ({@code /css/portal-<md5 of the content>.css}; a WebJar's
 *       version from its jar), so browsers keep them a year without asking again, and a new release changes the
 *       address; an address without a version is still served, with the same headers;
 *   <li>no session is looked up for them: the security chain for them has no session or context work
 *       (account.signin.SecurityConfiguration), and neither have the flash attributes below.
 * </ul>
 *
 * <p>Templates keep writing {@code @{/css/portal.css}} and {@code @{/webjars/bootstrap/css/bootstrap.min.css}}: the
 * {@link #versionedLinks} filter rewrites those links, and only those, and keeps each answer. Spring's own
 * ResourceUrlEncodingFilter would ask the resource chain about every link of every page (a class-path look-up for
 * each {@code /nominations/17}; measured in the first round: most of the time of a 50-row list), so it is switched off
 * ({@link #springLinkRewritingOff}): while Boot still registered it, it versioned the links first and ours then asked
 * the chain about the versioned address, an answer the chain never keeps — a sixth of a simple page's CPU (profiled
 * with async-profiler, docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** A year: the address changes with the content. */
    static final CacheControl CACHED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** The prefixes whose links carry a version; the same as the handlers' below. */
    private static final List<String> VERSIONED = List.of("/css/", "/js/", "/img/", "/webjars/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // before the controllers' mapping (order 0), which only matches patterns of its own and finds nothing here
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
        for (String folder : List.of("css", "js", "img")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CACHED)
                    .resourceChain(true)
                    .addResolver(new KeptInMemory())
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CACHED)
                .resourceChain(true)
                .addResolver(new KeptInMemory())
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/img/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

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

    /**
     * Requests for static files are not timed: {@code http.server.requests} would count style sheets and scripts with
     * the pages, and timing them was a twentieth of a static request's CPU (profiled). A page is still timed.
     */
    @Bean
    ObservationPredicate staticFilesNotTimed() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && StaticFiles.isStatic(request.getCarrier()));
    }

    /**
     * Boot registers Spring's link-rewriting filter whenever WebJars are on the class path; declaring it here stops
     * that, and the disabled registration keeps it out of the filter chain.
     */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> springLinkRewritingOff(ResourceUrlEncodingFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** Links to the static files get their version; every other link is left as it is, without a look-up. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> versionedLinks(ObjectProvider<ResourceUrlProvider> urls) {
        var known = new KnownVersions();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return StaticFiles.isStatic(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(
                        request, new VersionedLinks(request.getContextPath(), response, urls.getObject(), known));
            }
        });
        registration.setName("versionedLinks");
        return registration;
    }

    /**
     * The versioned address of each linked static file, found once: the chain keeps only the addresses it found, and
     * a file's content (so its version) does not change while the application runs. The templates link a dozen
     * files; the bound only guards against a template that builds links from data.
     */
    static final class KnownVersions {

        static final int MAX_KEPT = 1_000;

        private final Map<String, String> versioned = new ConcurrentHashMap<>();

        String of(String path, ResourceUrlProvider urls) {
            String kept = versioned.get(path);
            if (kept != null) {
                return kept;
            }
            String found = urls.getForLookupPath(path);
            String answer = found == null ? path : found;
            if (versioned.size() < MAX_KEPT) {
                versioned.put(path, answer);
            }
            return answer;
        }

        int size() {
            return versioned.size();
        }
    }

    /** A response whose {@code encodeURL} puts the version into links to the static files. */
    static final class VersionedLinks extends HttpServletResponseWrapper {

        private final String contextPath;
        private final ResourceUrlProvider urls;
        private final KnownVersions known;

        VersionedLinks(
                String contextPath, HttpServletResponse response, ResourceUrlProvider urls, KnownVersions known) {
            super(response);
            this.contextPath = contextPath;
            this.urls = urls;
            this.known = known;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(versioned(url));
        }

        private String versioned(String url) {
            if (!url.startsWith(contextPath)) {
                return url;
            }
            String path = url.substring(contextPath.length());
            if (VERSIONED.stream().noneMatch(path::startsWith) || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
                return url;
            }
            return contextPath + known.of(path, urls);
        }
    }
}
