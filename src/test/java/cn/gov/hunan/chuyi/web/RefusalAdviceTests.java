package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What a refused form keeps in the session for the page it goes back to: what was typed, never a secret. */
class RefusalAdviceTests {

    @Test
    void typedTextGoesBackButNoPasswordTokenOrCode() {
        var request = new MockHttpServletRequest("POST", "/account/password");
        request.setContentType("application/x-www-form-urlencoded");
        Map.of(
                        "reason",
                        "岗位调整",
                        "_csrf",
                        "t0k3n",
                        "current",
                        "Old#Pass-1",
                        "next",
                        "New#Pass-22",
                        "confirmation",
                        "New#Pass-22",
                        "newPassword",
                        "x",
                        "code",
                        "123456",
                        "token",
                        "abc")
                .forEach(request::addParameter);
        assertThat(RefusalAdvice.typed(request)).isEqualTo(Map.of("reason", "岗位调整", "_action", "/account/password"));
    }
}
