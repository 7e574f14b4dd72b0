package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.hunan.chuyi.support.HandClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-key token bucket: a burst of the minute's calls, then one call per refill, each key on its own. */
class RateLimiterTests {

    @Test
    void aKeyMakesTheMinutesCallsAtOnceThenWaitsForTheNextToken() {
        var clock = new HandClock(Instant.parse("2026-12-01T02:00:00Z"));
        var limiter = new RateLimiter(120, clock);
        for (int i = 0; i < 120; i++) {
            assertThat(limiter.take(1)).as("call %d", i + 1).isZero();
        }
        // the 121st waits: a token comes back every half second, said in whole seconds
        assertThat(limiter.take(1)).isEqualTo(1);
        assertThat(limiter.take(2)).as("another key has its own bucket").isZero();
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.take(1)).isZero();
        assertThat(limiter.take(1)).isEqualTo(1);
        // a quiet minute fills the bucket again, never beyond its size
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 120; i++) {
            assertThat(limiter.take(1)).isZero();
        }
        assertThat(limiter.take(1)).isPositive();
    }

    @Test
    void aSlowRateSaysHowLongToWait() {
        var clock = new HandClock(Instant.parse("2026-12-01T02:00:00Z"));
        var limiter = new RateLimiter(2, clock);
        assertThat(limiter.take(7)).isZero();
        assertThat(limiter.take(7)).isZero();
        assertThat(limiter.take(7)).isEqualTo(30);
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.take(7)).isEqualTo(20);
    }

    @Test
    void aRateBelowOneIsAMistakeInTheSettings() {
        assertThatThrownBy(() -> new RateLimiter(0, new HandClock(Instant.parse("2026-12-01T02:00:00Z"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
