package cn.gov.hunan.chuyi.account.policy;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The security policy (安全策略) the security administrator sets: one row. */
@Entity
@Table(name = "security_policy")
public class SecurityPolicy {

    @Id
    private Integer id;

    @Column(name = "lockout_attempts")
    private int lockoutAttempts;

    @Column(name = "lockout_window_minutes")
    private int lockoutWindowMinutes;

    @Column(name = "lockout_minutes")
    private int lockoutMinutes;

    @Column(name = "ip_attempts")
    private int ipAttempts;

    @Column(name = "password_min_length")
    private int passwordMinLength;

    @Column(name = "password_expiry_days")
    private int passwordExpiryDays;

    @Column(name = "password_history")
    private int passwordHistory;

    @Column(name = "session_idle_minutes")
    private int sessionIdleMinutes;

    @Column(name = "session_absolute_hours")
    private int sessionAbsoluteHours;

    @Column(name = "privileged_max_sessions")
    private int privilegedMaxSessions;

    @Column(name = "two_factor_relaxed_roles")
    private String twoFactorRelaxedRoles;

    @Version
    private long version;

    protected SecurityPolicy() {}

    /** Takes the form's values; the floors keep level 3 whatever is typed. */
    void change(PolicyForm form) {
        // a lockout longer than an hour, or a window longer than a day, would let five requests keep an account out
        // for good; an address limit above 1,000 would not throttle at all
        if (form.lockoutAttempts() < 3
                || form.lockoutAttempts() > 10
                || form.lockoutWindowMinutes() < 5
                || form.lockoutWindowMinutes() > 1440
                || form.lockoutMinutes() < 5
                || form.lockoutMinutes() > 60
                || form.ipAttempts() < form.lockoutAttempts()
                || form.ipAttempts() > 1000
                || form.passwordMinLength() < 10
                || form.passwordMinLength() > 64
                || form.passwordExpiryDays() < 30
                || form.passwordExpiryDays() > 365
                || form.passwordHistory() < 1
                || form.passwordHistory() > 24
                || form.sessionIdleMinutes() < 5
                || form.sessionIdleMinutes() > 120
                || form.sessionAbsoluteHours() < 1
                || form.sessionAbsoluteHours() > 24
                || form.privilegedMaxSessions() < 1
                || form.privilegedMaxSessions() > 5) {
            throw new AccountRejected("account.policy.error.range");
        }
        if (form.relaxedRoles().stream().anyMatch(TwoFactorRules.ALWAYS::contains)) {
            throw new AccountRejected("account.policy.error.alwaysTwoFactor");
        }
        this.lockoutAttempts = form.lockoutAttempts();
        this.lockoutWindowMinutes = form.lockoutWindowMinutes();
        this.lockoutMinutes = form.lockoutMinutes();
        this.ipAttempts = form.ipAttempts();
        this.passwordMinLength = form.passwordMinLength();
        this.passwordExpiryDays = form.passwordExpiryDays();
        this.passwordHistory = form.passwordHistory();
        this.sessionIdleMinutes = form.sessionIdleMinutes();
        this.sessionAbsoluteHours = form.sessionAbsoluteHours();
        this.privilegedMaxSessions = form.privilegedMaxSessions();
        this.twoFactorRelaxedRoles =
                form.relaxedRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    PolicyForm toForm() {
        return new PolicyForm(
                lockoutAttempts,
                lockoutWindowMinutes,
                lockoutMinutes,
                ipAttempts,
                passwordMinLength,
                passwordExpiryDays,
                passwordHistory,
                sessionIdleMinutes,
                sessionAbsoluteHours,
                privilegedMaxSessions,
                relaxedRoles(),
                version);
    }

    public Set<Role> relaxedRoles() {
        if (twoFactorRelaxedRoles == null || twoFactorRelaxedRoles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(twoFactorRelaxedRoles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public long version() {
        return version;
    }

    public int lockoutAttempts() {
        return lockoutAttempts;
    }

    public int lockoutWindowMinutes() {
        return lockoutWindowMinutes;
    }

    public int lockoutMinutes() {
        return lockoutMinutes;
    }

    public int ipAttempts() {
        return ipAttempts;
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }

    public int passwordExpiryDays() {
        return passwordExpiryDays;
    }

    public int passwordHistory() {
        return passwordHistory;
    }

    public int sessionIdleMinutes() {
        return sessionIdleMinutes;
    }

    public int sessionAbsoluteHours() {
        return sessionAbsoluteHours;
    }

    public int privilegedMaxSessions() {
        return privilegedMaxSessions;
    }
}
