package cn.gov.hunan.chuyi.account.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The TOTP arithmetic (RFC 6238 test vector) and the sealing of the secrets. */
class TotpTests {

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
        assertThat(Totp.uri("Chuyi Portal", "admin", "ABC"))
                .startsWith("otpauth://totp/Chuyi%20Portal:admin?secret=ABC");
    }

    @Test
    void secretsAreSealedUnderTheKeyFromTheEnvironmentAndOpenOnlyWithIt() {
        var sealer = new SecretSealer(Base64.getEncoder().encodeToString(new byte[32]));
        String sealed = sealer.seal("JBSWY3DPEHPK3PXP");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(sealer.seal("JBSWY3DPEHPK3PXP"))
                .as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(sealer.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        byte[] other = new byte[32];
        other[0] = 1;
        var wrongKey = new SecretSealer(Base64.getEncoder().encodeToString(other));
        assertThatThrownBy(() -> wrongKey.open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSealer("")).hasMessageContaining("CHUYI_SECURITY_SECRET_KEY");
    }
}
