package cn.gov.hunan.chuyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailSettingsTests {

    private final MailSettings defaults = new MailSettings(null, null, null, null, null, null, null, null);

    @Test
    void mailIsOffUnlessSwitchedOn() {
        assertThat(defaults.enabled()).isFalse();
    }

    @Test
    void aFailedMailWaitsTwiceAsLongEachTimeUpToTheLongestWait() {
        assertThat(defaults.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(defaults.retryAfter(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(defaults.retryAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(defaults.retryAfter(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aMailIsGivenUpAfterTheBound() {
        var mail = OutboxMail.single(1, "li@edu.cn", "zh-CN", "s", "b", Instant.EPOCH);
        for (int attempt = 1; attempt < 8; attempt++) {
            mail.failed(Instant.EPOCH, "refused", defaults);
            assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
            assertThat(mail.nextAttemptAt()).isEqualTo(Instant.EPOCH.plus(defaults.retryAfter(attempt)));
        }
        mail.failed(Instant.EPOCH, "refused", defaults);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.attempts()).isEqualTo(8);
    }
}
