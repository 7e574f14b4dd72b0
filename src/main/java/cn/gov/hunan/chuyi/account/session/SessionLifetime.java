package cn.gov.hunan.chuyi.account.session;

import cn.gov.hunan.chuyi.account.policy.PolicyService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The policy's absolute session lifetime, asked on every request: read from the database at most every 30 seconds
 * (a policy change reaches every instance within that time) instead of once a request.
 */
@Component
public class SessionLifetime {

    static final Duration REREAD_AFTER = Duration.ofSeconds(30);

    private final PolicyService policy;
    private final Clock clock;
    private volatile Reading last;

    SessionLifetime(PolicyService policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public Duration absolute() {
        Reading reading = last;
        Instant now = clock.instant();
        if (reading == null || reading.at().plus(REREAD_AFTER).isBefore(now)) {
            reading = new Reading(Duration.ofHours(policy.current().sessionAbsoluteHours()), now);
            last = reading;
        }
        return reading.lifetime();
    }

    /** This instance changed the policy: no need to wait. */
    void forget() {
        last = null;
    }

    private record Reading(Duration lifetime, Instant at) {}
}
