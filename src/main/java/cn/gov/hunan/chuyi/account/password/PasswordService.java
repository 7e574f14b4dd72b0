package cn.gov.hunan.chuyi.account.password;

import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.account.policy.PolicyService;
import cn.gov.hunan.chuyi.account.policy.SecurityPolicy;
import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password: the current one first, then the policy, and not one of the last ones
 * (5 by default); the user's other sessions end, the current one goes on under a new id. Privileged accounts must
 * change theirs after the policy's period (90 days by default).
 */
@Service
@Transactional(readOnly = true)
public class PasswordService {

    private final AccountRepository accounts;
    private final PasswordHistoryRepository history;
    private final AccountChangeRepository changes;
    private final PasswordPolicy rules;
    private final PolicyService policy;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SignInGuard guard;
    private final SessionControl sessions;

    PasswordService(
            AccountRepository accounts,
            PasswordHistoryRepository history,
            AccountChangeRepository changes,
            PasswordPolicy rules,
            PolicyService policy,
            PasswordEncoder encoder,
            Clock clock,
            SignInGuard guard,
            SessionControl sessions) {
        this.guard = guard;
        this.accounts = accounts;
        this.history = history;
        this.changes = changes;
        this.rules = rules;
        this.policy = policy;
        this.encoder = encoder;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Whether the user must set a new password before anything else: a one-time password, or an expired one. */
    public boolean mustChange(long userId) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.mustChangePassword()) {
            return true;
        }
        boolean privileged = account.roles().stream().anyMatch(TwoFactorRules.ALWAYS::contains);
        return privileged
                && account.passwordChangedAt() != null
                && account.passwordChangedAt()
                        .plus(Duration.ofDays(policy.current().passwordExpiryDays()))
                        .isBefore(clock.instant());
    }

    /** Keeps the time of a whole sign-in: failures before it no longer count toward a lockout. */
    @Transactional
    public void signedIn(long userId) {
        accounts.findById(userId).ifPresent(a -> a.signedIn(clock.instant()));
    }

    public int minLength() {
        return policy.current().passwordMinLength();
    }

    /**
     * Changes the user's own password. A wrong current password counts and is audited like a failed sign-in (a
     * stolen session must not be a way to guess it), and a locked name may not try at all.
     */
    @Transactional
    public void change(long userId, String current, String next, String confirmation, String ip) {
        Account account = accounts.findById(userId).orElseThrow();
        try {
            guard.check(account.username(), ip);
        } catch (AuthenticationException locked) {
            throw new LockoutRejected();
        }
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            if (guard.failedCurrentPassword(account.username(), ip)) {
                throw new LockoutRejected();
            }
            throw new AccountRejected("account.password.error.current");
        }
        List<String> broken = new ArrayList<>();
        if (next == null || !next.equals(confirmation)) {
            broken.add("account.password.error.confirmation");
        }
        SecurityPolicy p = policy.current();
        broken.addAll(rules.violations(account.username(), next, p.passwordMinLength()));
        if (broken.isEmpty()) {
            boolean reused = encoder.matches(next, account.passwordHash())
                    || history.latest(userId, PageRequest.of(0, p.passwordHistory())).stream()
                            .anyMatch(h -> encoder.matches(next, h.passwordHash()));
            if (reused) {
                broken.add("account.password.error.reused");
            }
        }
        if (!broken.isEmpty()) {
            throw new AccountRejected(broken);
        }
        history.save(new PasswordHistoryEntry(userId, account.passwordHash(), clock.instant()));
        account.changePassword(encoder.encode(next), clock.instant());
        changes.save(new AccountChange(
                userId,
                AccountChange.Event.PASSWORD_CHANGED,
                account.username(),
                HistoryReason.none(),
                clock.instant()));
        sessions.signOutOthers(account.username());
    }
}
