package cn.gov.hunan.chuyi.account.internal;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.UserSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A user account (用户) with its role grants. Accounts are disabled, never deleted: history keeps their names. */
@Entity
@Table(name = "app_user")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    /** Where mails go (issue 16): set by the system administrator or by the user; null when none. */
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "city_code")
    private String cityCode;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "lockout_released_at")
    private Instant lockoutReleasedAt;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled")
    private boolean totpEnabled;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {}

    /** A new account with a one-time password the user must change at first sign-in. */
    public Account(
            String username, String displayName, String cityCode, Long organizationId, String oneTimeHash, Instant at) {
        this.username = username;
        this.displayName = displayName;
        this.cityCode = cityCode;
        this.organizationId = organizationId;
        this.passwordHash = oneTimeHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = true;
        this.createdAt = at;
    }

    public void describe(String displayName, String cityCode, Long organizationId) {
        this.displayName = displayName;
        this.cityCode = cityCode;
        this.organizationId = organizationId;
    }

    public String email() {
        return email;
    }

    /** An address {@code cn.gov.hunan.chuyi.account.EmailAddress} accepts, or null. */
    public void setEmail(String email) {
        this.email = email;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password set by the user: the one-time flag goes. */
    public void changePassword(String hash, Instant at) {
        this.passwordHash = hash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
    }

    /** The same password under a stronger hash: neither the change date nor the one-time flag moves. */
    public void rehash(String hash) {
        this.passwordHash = hash;
    }

    /** A password set by an administrator: one-time, to be changed at the next sign-in. */
    public void resetPassword(String oneTimeHash, Instant at) {
        this.passwordHash = oneTimeHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = true;
    }

    public void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void enrolTotp(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = true;
        this.totpLastStep = null;
    }

    public void dropTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    /** Accepts a time step only once: a code seen before (replayed) is refused. */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public String cityCode() {
        return cityCode;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** A security administrator released the lockout: failures before now no longer count. */
    public void releaseLockout(Instant at) {
        this.lockoutReleasedAt = at;
    }

    /** From when failures count toward a lockout: the last whole sign-in or the last release, whichever is later. */
    public Instant failuresCountFrom() {
        if (lastSignInAt == null) {
            return lockoutReleasedAt;
        }
        return lockoutReleasedAt == null || lastSignInAt.isAfter(lockoutReleasedAt) ? lastSignInAt : lockoutReleasedAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public long version() {
        return version;
    }

    public UserSummary toSummary() {
        return new UserSummary(id, username, displayName, cityCode, organizationId);
    }

    public PortalUser toPortalUser() {
        Set<Role> granted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return new PortalUser(id, username, displayName, passwordHash, enabled, granted, cityCode, organizationId);
    }
}
