package cn.gov.hunan.chuyi.account.lockout;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.policy.PolicyService;
import cn.gov.hunan.chuyi.account.policy.SecurityPolicy;
import cn.gov.hunan.chuyi.shared.Audited;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lockout and throttling of sign-in (登录失败处理). After the policy's number of failures (5) within its window
 * (15 minutes) a name is locked for the policy's time (15 minutes) — counted by the name typed, so that a name
 * that does not exist locks the same way and the answer reveals nothing. A client address that fails too often
 * is throttled whatever names it tries. Failures count from every step that proves who the user is: the
 * password, the second factor (codes and recovery codes) and the current password when changing it.
 *
 * <p>A lockout must not become a way to keep the owner out (five wrong passwords every fifteen minutes would
 * lock the administrators for good). So a lock is released by a whole sign-in, by a security administrator, and
 * it does not hold against an account with a second factor at an address it has completed a sign-in from
 * before: there only the failures from that address count, and the second factor is asked as always.
 */
@Component
public class SignInGuard {

    /** How long an address stays known after the last whole sign-in from it. */
    static final Duration ADDRESS_REMEMBERED = Duration.ofDays(180);

    /** Too many attempts from one address. */
    public static class Throttled extends AuthenticationException {
        Throttled() {
            super("too many sign-in attempts from this address");
        }
    }

    private final SignInFailureRepository failures;
    private final AccountRepository accounts;
    private final KnownAddressRepository knownAddresses;
    private final AccountChangeRepository changes;
    private final PolicyService policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInGuard(
            SignInFailureRepository failures,
            AccountRepository accounts,
            KnownAddressRepository knownAddresses,
            AccountChangeRepository changes,
            PolicyService policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.failures = failures;
        this.accounts = accounts;
        this.knownAddresses = knownAddresses;
        this.changes = changes;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Refuses before the password (or the code) is even checked when the name is locked or the address throttled. */
    @Transactional(readOnly = true)
    public void check(String typed, String ip) {
        SecurityPolicy p = policy.current();
        Instant now = clock.instant();
        if (ip != null
                && failures.countForAddress(ip, now.minus(Duration.ofMinutes(p.lockoutWindowMinutes())))
                        >= p.ipAttempts()) {
            throw new Throttled();
        }
        if (lockedAgainst(normalise(typed), ip, p, now)) {
            throw new LockedException("locked");
        }
    }

    /**
     * Records a failure, in its own transaction so that it is kept whatever the refused request rolls back; the
     * one that reaches the threshold locks the name and is audited as a lockout. Answers whether the name is now
     * locked against this address.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String typed, String ip) {
        return record(normalise(typed), ip);
    }

    /** As {@link #failed}, for a wrong current password given to change it: audited here, or it would roll back too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failedCurrentPassword(String username, String ip) {
        events.publishEvent(
                new Audited(username, "PASSWORD_CHANGE", "ACCOUNT", username, "FAILURE", "wrong current password"));
        return record(normalise(username), ip);
    }

    private boolean record(String name, String ip) {
        if (name.isEmpty() || name.length() > 64) {
            return false;
        }
        SecurityPolicy p = policy.current();
        Instant now = clock.instant();
        boolean wasLocked = lockedUntil(name, null, p, now) != null;
        failures.save(new SignInFailure(name, ip, now));
        if (!wasLocked && lockedUntil(name, null, p, now) != null) {
            events.publishEvent(new Audited(
                    name,
                    "LOCKOUT",
                    "ACCOUNT",
                    name,
                    "FAILURE",
                    p.lockoutAttempts() + " failures in " + p.lockoutWindowMinutes() + " min, locked "
                            + p.lockoutMinutes() + " min"));
        }
        return lockedAgainst(name, ip, p, now);
    }

    /** A whole sign-in (every factor given) makes its address known to the account. */
    @Transactional
    public void signedInFrom(long userId, String ip) {
        if (ip == null || ip.length() > 64) {
            return;
        }
        Instant now = clock.instant();
        if (knownAddresses.touch(userId, ip, now) == 0) {
            knownAddresses.add(userId, ip, now);
        }
    }

    /** Until when the account's name is locked (for the administrators' page), or null. */
    @Transactional(readOnly = true)
    public Instant lockedUntil(String username) {
        return lockedUntil(normalise(username), null, policy.current(), clock.instant());
    }

    /** The security administrator releases a lockout: failures before now no longer count. */
    @Transactional
    public void release(long accountId, PortalUser actor) {
        if (!actor.has(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("security administrator only");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        Instant now = clock.instant();
        account.releaseLockout(now);
        changes.save(new AccountChange(
                accountId, AccountChange.Event.LOCKOUT_RELEASED, actor.getUsername(), HistoryReason.none(), now));
    }

    private boolean lockedAgainst(String name, String ip, SecurityPolicy p, Instant now) {
        if (lockedUntil(name, null, p, now) == null) {
            return false;
        }
        return !(ip != null && knownToSecondFactorAccount(name, ip, now) && lockedUntil(name, ip, p, now) == null);
    }

    private boolean knownToSecondFactorAccount(String name, String ip, Instant now) {
        return accounts.findByUsername(name)
                .filter(Account::totpEnabled)
                .map(a -> knownAddresses.seenSince(a.id(), ip, now.minus(ADDRESS_REMEMBERED)))
                .orElse(false);
    }

    /**
     * Until when the name is locked, or null: the policy's number of failures within its window up to the last
     * failure (none counted from before the last whole sign-in or release), and the lock time since not yet over.
     * With an address, only the failures from that address count.
     */
    private Instant lockedUntil(String name, String ip, SecurityPolicy p, Instant now) {
        Instant last = ip == null ? failures.lastForUser(name) : failures.lastForUserAtAddress(name, ip);
        if (last == null || !last.plus(Duration.ofMinutes(p.lockoutMinutes())).isAfter(now)) {
            return null;
        }
        Instant since = last.minus(Duration.ofMinutes(p.lockoutWindowMinutes()));
        Instant countFrom =
                accounts.findByUsername(name).map(Account::failuresCountFrom).orElse(null);
        if (countFrom != null && countFrom.isAfter(since)) {
            since = countFrom;
        }
        long count = ip == null ? failures.countForUser(name, since) : failures.countForUserAtAddress(name, ip, since);
        return count >= p.lockoutAttempts() ? last.plus(Duration.ofMinutes(p.lockoutMinutes())) : null;
    }
}
