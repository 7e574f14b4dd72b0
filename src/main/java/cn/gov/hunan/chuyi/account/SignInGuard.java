package cn.gov.hunan.chuyi.account;

import cn.gov.hunan.chuyi.shared.Audited;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lockout and throttling of sign-in (登录失败处理). After the policy's number of failures (5) within its window
 * (15 minutes) a name is locked for the policy's time (15 minutes) — counted by the name typed, so that a name
 * that does not exist locks the same way and the answer reveals nothing. A client address that fails too often
 * is throttled whatever names it tries. A successful sign-in starts the count afresh.
 */
@Component
class SignInGuard {

    /** Too many attempts from one address. */
    static class Throttled extends AuthenticationException {
        Throttled() {
            super("too many sign-in attempts from this address");
        }
    }

    private final SignInFailureRepository failures;
    private final AccountRepository accounts;
    private final PolicyService policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInGuard(SignInFailureRepository failures, AccountRepository accounts, PolicyService policy,
            ApplicationEventPublisher events, Clock clock) {
        this.failures = failures;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Refuses before the password is even checked when the name is locked or the address throttled. */
    @Transactional(readOnly = true)
    void check(String typed, String ip) {
        SecurityPolicy p = policy.current();
        Instant now = clock.instant();
        if (ip != null && failures.countForAddress(ip, now.minus(Duration.ofMinutes(p.lockoutWindowMinutes()))) >= p.ipAttempts()) {
            throw new Throttled();
        }
        if (lockedUntil(normalise(typed), p, now) != null) {
            throw new LockedException("locked");
        }
    }

    /** Records a failure; the one that reaches the threshold locks the name and is audited as a lockout. */
    @Transactional
    void failed(String typed, String ip) {
        String name = normalise(typed);
        if (name.isEmpty() || name.length() > 64) {
            return;
        }
        SecurityPolicy p = policy.current();
        Instant now = clock.instant();
        boolean wasLocked = lockedUntil(name, p, now) != null;
        failures.save(new SignInFailure(name, ip, now));
        if (!wasLocked && lockedUntil(name, p, now) != null) {
            events.publishEvent(new Audited(name, "LOCKOUT", "ACCOUNT", name, "FAILURE",
                    p.lockoutAttempts() + " failures in " + p.lockoutWindowMinutes() + " min, locked " + p.lockoutMinutes() + " min"));
        }
    }

    /**
     * Until when the name is locked, or null: the policy's number of failures within its window up to the last
     * failure (none counted from before the last successful sign-in), and the lock time since not yet over.
     */
    private Instant lockedUntil(String name, SecurityPolicy p, Instant now) {
        Instant last = failures.lastForUser(name);
        if (last == null || !last.plus(Duration.ofMinutes(p.lockoutMinutes())).isAfter(now)) {
            return null;
        }
        Instant since = last.minus(Duration.ofMinutes(p.lockoutWindowMinutes()));
        Instant lastSuccess = accounts.findByUsername(name).map(Account::lastSignInAt).orElse(null);
        if (lastSuccess != null && lastSuccess.isAfter(since)) {
            since = lastSuccess;
        }
        return failures.countForUser(name, since) >= p.lockoutAttempts() ? last.plus(Duration.ofMinutes(p.lockoutMinutes())) : null;
    }
}
