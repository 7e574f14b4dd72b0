package cn.gov.hunan.chuyi.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code perMinute} calls at once, refilled evenly over the minute (one every 60/perMinute
 * seconds). Kept in this instance's memory: behind several instances each counts on its own.
 */
class RateLimiter {

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("chuyi.api.requests-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes a token for the key: 0 when the call may go on, else the seconds until the next token (at least 1). */
    long take(long keyId) {
        return buckets.computeIfAbsent(keyId, k -> new Bucket(perMinute, clock.millis()))
                .take(perMinute, clock.millis());
    }

    /** One key's bucket; synchronized on itself, so that two calls of the same key never take the same token. */
    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized long take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + Math.max(0, now - updatedAt) * perMilli);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            // to the millisecond (the slack absorbs the rounding of the refill), then up to whole seconds
            long waitMillis = (long) Math.ceil((1 - tokens) / perMilli - 1e-6);
            return Math.max(1, (waitMillis + 999) / 1000);
        }
    }
}
