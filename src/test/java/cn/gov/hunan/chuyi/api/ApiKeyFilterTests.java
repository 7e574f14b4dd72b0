package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.support.HandClock;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter's answers without the application: the key, the scope, the rate (429 with Retry-After), the audit row. */
class ApiKeyFilterTests {

    private static final String KEY = "chy_0123abcd_" + "k".repeat(43);

    private final ApiKeys keys = mock(ApiKeys.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final HandClock clock = new HandClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final ApiKeyFilter filter =
            new ApiKeyFilter(keys, new RateLimiter(2, clock), events, ApiErrorFilterTests.problems());

    private MockHttpServletResponse call(String path, String key, String... language) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        for (String l : language) {
            request.addHeader("Accept-Language", l);
        }
        if (key != null) {
            request.addHeader("Authorization", "Bearer " + key);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, mock(FilterChain.class));
        return response;
    }

    @Test
    void aKeyOverItsRateWaitsWith429AndRetryAfterAndEachCallIsAudited() throws Exception {
        when(keys.check(KEY))
                .thenReturn(new ApiKeys.Caller(ApiKeys.Outcome.VALID, 7L, "0123abcd", EnumSet.of(ApiScope.PROGRAMS)));
        when(keys.requestsPerMinute()).thenReturn(2);
        assertThat(call("/api/v1/programs", KEY).getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/programs", KEY).getStatus()).isEqualTo(200);
        var limited = call("/api/v1/programs", KEY);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("30");
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(limited.getContentAsString())
                .contains("\"type\":\"" + ApiProblem.RATE_LIMITED.type() + "\"")
                .contains("\"title\":\"调用过于频繁\"")
                .contains("\"status\":429")
                .contains("每分钟最多调用 2 次，请 30 秒后再试");
        var inEnglish = call("/api/v1/programs", KEY, "en-GB,en;q=0.9");
        assertThat(inEnglish.getStatus()).isEqualTo(429);
        assertThat(inEnglish.getHeader("Content-Language")).isEqualTo("en");
        assertThat(inEnglish.getContentAsString())
                .contains("\"title\":\"Too many calls\"")
                .contains("at most 2 calls a minute; try again in 30 seconds");
        clock.advance(Duration.ofSeconds(30));
        assertThat(call("/api/v1/programs", KEY).getStatus()).isEqualTo(200);

        var audited = ArgumentCaptor.forClass(Audited.class);
        verify(events, times(5)).publishEvent(audited.capture());
        assertThat(audited.getAllValues())
                .extracting(a -> a.actor() + " " + a.targetId() + " " + a.outcome() + " " + a.details())
                .containsExactly(
                        "api-key:0123abcd /api/v1/programs SUCCESS GET 200",
                        "api-key:0123abcd /api/v1/programs SUCCESS GET 200",
                        "api-key:0123abcd /api/v1/programs DENIED GET 429 rate-limited",
                        "api-key:0123abcd /api/v1/programs DENIED GET 429 rate-limited",
                        "api-key:0123abcd /api/v1/programs SUCCESS GET 200");
    }

    @Test
    void aMissingOrRefusedKeyGets401AndAKeyOutsideItsScope403() throws Exception {
        when(keys.check(null)).thenReturn(ApiKeys.Caller.refused(ApiKeys.Outcome.MISSING, null));
        when(keys.check(KEY))
                .thenReturn(new ApiKeys.Caller(ApiKeys.Outcome.VALID, 7L, "0123abcd", EnumSet.of(ApiScope.PROGRAMS)));
        var missing = call("/api/v1/programs", null);
        assertThat(missing.getStatus()).isEqualTo(401);
        assertThat(missing.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(missing.getContentType()).startsWith("application/problem+json");
        assertThat(missing.getContentAsString()).contains("\"title\":\"缺少 API 密钥\"");
        var outside = call("/api/v1/projects", KEY, "en");
        assertThat(outside.getStatus()).isEqualTo(403);
        assertThat(outside.getContentAsString())
                .contains("\"type\":\"" + ApiProblem.SCOPE_MISSING.type() + "\"")
                .contains("This key may not read /api/v1/projects: its scopes do not include"
                        + " \u201cRegister of designated projects\u201d.")
                .contains("\"instance\":\"/api/v1/projects\"");
        verify(events, times(2)).publishEvent(any(Audited.class));
    }
}
