package cn.gov.hunan.chuyi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An API call's row names the problem it was refused with apart, for the page to name it in the reader's language. */
class AuditViewTests {

    private static AuditView row(String action, String details) {
        return new AuditView(
                1,
                LocalDateTime.of(2026, 3, 1, 9, 30),
                "api-key:0123abcd",
                null,
                action,
                "API",
                "/api/v1/programs",
                "DENIED",
                details);
    }

    @Test
    void aRefusedApiCallIsSplitAroundItsProblem() {
        assertThat(row("API_CALL", "GET 429 rate-limited ?page=2&size=50").refusedApiCall())
                .isEqualTo(new AuditView.RefusedApiCall("GET 429", "rate-limited", " ?page=2&size=50"));
        assertThat(row("API_CALL", "GET 401 expired-key").refusedApiCall())
                .isEqualTo(new AuditView.RefusedApiCall("GET 401", "expired-key", ""));
    }

    @Test
    void aCallWithoutAProblemOrAnotherRowHasNone() {
        assertThat(row("API_CALL", "GET 200 ?page=1").refusedApiCall()).isNull();
        assertThat(row("API_CALL", "GET 200").refusedApiCall()).isNull();
        assertThat(row("API_CALL", null).refusedApiCall()).isNull();
        assertThat(row("ACCESS", "GET 403 rate-limited").refusedApiCall()).isNull();
    }
}
