package cn.gov.hunan.chuyi.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules, and the one-time passwords that meet them. */
class PasswordPolicyTests {

    private final PasswordPolicy policy;

    PasswordPolicyTests() throws Exception {
        policy = new PasswordPolicy();
    }

    @Test
    void aPasswordNeedsLengthThreeClassesAndMustNotBeCommonOrTheUsername() {
        assertThat(policy.violations("loudi", "Ab1#short", 10)).containsExactly("account.password.error.short");
        assertThat(policy.violations("loudi", "alllowercase123", 10)).containsExactly("account.password.error.classes");
        assertThat(policy.violations("loudi", "Loudi-2026-office", 10))
                .containsExactly("account.password.error.username");
        assertThat(policy.violations("x", "Password@123", 10)).containsExactly("account.password.error.common");
        assertThat(policy.violations("x", "chuyi@2026A", 10)).isEmpty();
        assertThat(policy.violations("x", "Qing-shan 绿水 长流 2026", 10))
                .as("a passphrase")
                .isEmpty();
        String tooLong = "Aa1#".repeat(33);
        assertThat(policy.violations("x", tooLong, 10)).containsExactly("account.password.error.long");
    }

    @Test
    void oneTimePasswordsMeetThePolicy() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.violations("someone", OneTimePasswords.next(), 10))
                    .isEmpty();
        }
    }
}
