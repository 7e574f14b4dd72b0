package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.RuleViolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

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

    /** A refusal that lists several things (all a submission lacks) sends each back, beside what was typed. */
    @Test
    void aRefusalListingSeveralItemsSendsEachBackWithWhatWasTyped() {
        var request = new MockHttpServletRequest("POST", "/things/1/submit");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("note", "请审核");
        request.addHeader("Referer", "/things/1");
        var redirect = new RedirectAttributesModelMap();
        var refusal = new RuleViolation("things.error.incomplete") {
            @Override
            public List<String> itemKeys() {
                return List.of("things.missing.plan", "things.missing.sealedPage");
            }
        };

        String view = new RefusalAdvice().refused(refusal, request, redirect);

        assertThat(view).isEqualTo("redirect:/things/1");
        Map<String, Object> flash = Map.copyOf(redirect.getFlashAttributes());
        assertThat(flash)
                .containsEntry("errorKey", "things.error.incomplete")
                .containsEntry("errorList", List.of("things.missing.plan", "things.missing.sealedPage"))
                .containsEntry("typed", Map.of("note", "请审核", "_action", "/things/1/submit"));
    }
}
