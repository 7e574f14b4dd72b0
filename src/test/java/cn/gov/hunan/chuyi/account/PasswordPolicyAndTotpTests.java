package cn.gov.hunan.chuyi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The password rules, the TOTP arithmetic (RFC 6238 test vector), one-time passwords, separation of duties. */
class PasswordPolicyAndTotpTests {

    private final PasswordPolicy policy;

    PasswordPolicyAndTotpTests() throws Exception {
        policy = new PasswordPolicy();
    }

    @Test
    void aPasswordNeedsLengthThreeClassesAndMustNotBeCommonOrTheUsername() {
        assertThat(policy.violations("loudi", "Ab1#short", 10)).containsExactly("account.password.error.short");
        assertThat(policy.violations("loudi", "alllowercase123", 10)).containsExactly("account.password.error.classes");
        assertThat(policy.violations("loudi", "Loudi-2026-office", 10)).containsExactly("account.password.error.username");
        assertThat(policy.violations("x", "Password@123", 10)).containsExactly("account.password.error.common");
        assertThat(policy.violations("x", "chuyi@2026A", 10)).isEmpty();
        assertThat(policy.violations("x", "Qing-shan 绿水 长流 2026", 10)).as("a passphrase").isEmpty();
        String tooLong = "Aa1#".repeat(33);
        assertThat(policy.violations("x", tooLong, 10)).containsExactly("account.password.error.long");
    }

    @Test
    void totpMatchesTheRfcTestVectorAndAllowsOneStepOfDrift() {
        String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 — its last six digits
        assertThat(Totp.code(secret, Totp.step(59))).isEqualTo("287082");
        assertThat(Totp.code(secret, Totp.step(1111111109))).isEqualTo("081804");
        long now = 1_800_000_000L;
        String code = Totp.code(secret, Totp.step(now));
        assertThat(Totp.matchingStep(secret, code, now + 30)).isEqualTo(Totp.step(now));
        assertThat(Totp.matchingStep(secret, code, now + 90)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", now)).isEqualTo(-1);
        assertThat(Totp.decode(Totp.base32(new byte[] {1, 2, 3, 4, 5}))).containsExactly(1, 2, 3, 4, 5);
        assertThat(Totp.uri("Chuyi Portal", "admin", "ABC")).startsWith("otpauth://totp/Chuyi%20Portal:admin?secret=ABC");
    }

    @Test
    void oneTimePasswordsMeetThePolicy() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.violations("someone", OneTimePasswords.next(), 10)).isEmpty();
        }
    }

    @Test
    void theThreeAdministratorRolesExcludeEachOtherAndEveryBusinessRole() {
        AccountAdmin.checkSeparation(EnumSet.of(Role.SYSTEM_ADMIN));
        AccountAdmin.checkSeparation(EnumSet.of(Role.PROVINCE_ADMIN, Role.EXPERT));
        for (Set<Role> roles : Set.of(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDITOR), EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR),
                EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN), EnumSet.of(Role.AUDITOR, Role.PROVINCE_ADMIN),
                EnumSet.of(Role.SYSTEM_ADMIN, Role.SCHOOL_ADMIN))) {
            assertThatThrownBy(() -> AccountAdmin.checkSeparation(roles)).as(roles.toString())
                    .hasMessage("account.admin.error.separation");
        }
    }

    @Test
    void secretsAreSealedUnderTheKeyFromTheEnvironmentAndOpenOnlyWithIt() {
        var sealer = new SecretSealer(Base64.getEncoder().encodeToString(new byte[32]));
        String sealed = sealer.seal("JBSWY3DPEHPK3PXP");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(sealer.seal("JBSWY3DPEHPK3PXP")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(sealer.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        byte[] other = new byte[32];
        other[0] = 1;
        var wrongKey = new SecretSealer(Base64.getEncoder().encodeToString(other));
        assertThatThrownBy(() -> wrongKey.open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSealer("")).hasMessageContaining("CHUYI_SECURITY_SECRET_KEY");
    }
}
