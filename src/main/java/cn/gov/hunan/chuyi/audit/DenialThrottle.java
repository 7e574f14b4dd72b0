package cn.gov.hunan.chuyi.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a flood of refusals visible without letting it flood the log. Per user (an anonymous visitor: per address)
 * and kind of refusal (a page the role may not open, a record that is not theirs), the first {@value #PER_MINUTE}
 * refusals of a minute are recorded one by one; after that a summary row at the 2nd, 4th, 8th … multiple of that
 * number tells how many there have been since the minute began. 500 probes in a minute thus make 24 rows, a
 * million make 35. Counted in this instance's memory: with several instances each keeps its own count.
 */
class DenialThrottle {

    static final int PER_MINUTE = 20;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_ABOVE = 10_000;

    /** What to write for one refusal: the row itself, a summary, or nothing. */
    record Decision(boolean recordIt, int summaryCount, Instant since) {
        static final Decision SKIP = new Decision(false, 0, null);

        boolean summarise() {
            return summaryCount > 0;
        }
    }

    private record Window(Instant start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    DenialThrottle(Clock clock) {
        this.clock = clock;
    }

    Decision next(String key) {
        Instant now = clock.instant();
        if (windows.size() > FORGET_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        Window window = windows.compute(
                key,
                (k, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                        ? new Window(now, 1)
                        : new Window(w.start(), w.count() + 1));
        int count = window.count();
        if (count <= PER_MINUTE) {
            return new Decision(true, 0, window.start());
        }
        boolean doubling = count % PER_MINUTE == 0 && Integer.bitCount(count / PER_MINUTE) == 1;
        return doubling ? new Decision(false, count, window.start()) : Decision.SKIP;
    }

    /** Starts every count afresh (for tests that follow others which refused many requests within the minute). */
    void forget() {
        windows.clear();
    }
}
