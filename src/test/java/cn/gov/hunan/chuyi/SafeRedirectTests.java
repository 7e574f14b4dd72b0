package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.shared.SafeRedirect;
import org.junit.jupiter.api.Test;

class SafeRedirectTests {

    @Test
    void goesBackToThePageOfThisSiteWithItsQuery() {
        assertThat(SafeRedirect.back("http://portal.local/nominations/5?x=1")).isEqualTo("redirect:/nominations/5?x=1");
    }

    @Test
    void neverLeavesThePortal() {
        assertThat(SafeRedirect.back(null)).isEqualTo("redirect:/");
        assertThat(SafeRedirect.back("not a uri ::")).isEqualTo("redirect:/");
        assertThat(SafeRedirect.back("http://evil.example//evil.example/x")).isEqualTo("redirect:/");
        assertThat(SafeRedirect.back("https://evil.example/phish")).isEqualTo("redirect:/phish");
    }
}
