package cn.gov.hunan.chuyi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.HandClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A flood of refusals within a minute makes a bounded number of rows that still count it; a new minute starts afresh. */
class DenialThrottleTests {

    private static HandClock clock() {
        return new HandClock(Instant.parse("2026-12-02T08:00:00Z"));
    }

    private static int[] rowsAndSummaries(DenialThrottle throttle, String key, int refusals) {
        int rows = 0;
        int summaries = 0;
        for (int i = 0; i < refusals; i++) {
            var decision = throttle.next(key);
            rows += decision.recordIt() ? 1 : 0;
            summaries += decision.summarise() ? 1 : 0;
        }
        return new int[] {rows, summaries};
    }

    @Test
    void fiveHundredRefusalsInAMinuteMakeTwentyRowsAndFourSummaries() {
        var throttle = new DenialThrottle(clock());
        assertThat(rowsAndSummaries(throttle, "prober", 500)).containsExactly(20, 4);
    }

    @Test
    void aMillionRefusalsInAMinuteMakeThirtyFiveRows() {
        var throttle = new DenialThrottle(clock());
        int[] counted = rowsAndSummaries(throttle, "prober", 1_000_000);
        assertThat(counted[0] + counted[1]).isEqualTo(35);
    }

    @Test
    void theNextMinuteCountsAfreshAndEachProberIsCountedApart() {
        var clock = clock();
        var throttle = new DenialThrottle(clock);
        rowsAndSummaries(throttle, "prober", 100);
        assertThat(throttle.next("another").recordIt())
                .as("another user's first refusal")
                .isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.next("prober").recordIt())
                .as("the 101st within the minute")
                .isFalse();
        clock.advance(Duration.ofSeconds(1));
        var decision = throttle.next("prober");
        assertThat(decision.recordIt()).as("the first of a new minute").isTrue();
        assertThat(decision.since()).isEqualTo(clock.instant());
    }
}
