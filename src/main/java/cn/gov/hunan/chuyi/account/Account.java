package cn.gov.hunan.chuyi.account;

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
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

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
    Account(String username, String displayName, String cityCode, Long organizationId, String oneTimeHash, Instant at) {
        this.username = username;
        this.displayName = displayName;
        this.cityCode = cityCode;
        this.organizationId = organizationId;
        this.passwordHash = oneTimeHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = true;
        this.createdAt = at;
    }

    void describe(String displayName, String cityCode, Long organizationId) {
        this.displayName = displayName;
        this.cityCode = cityCode;
        this.organizationId = organizationId;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password set by the user: the one-time flag goes. */
    void changePassword(String hash, Instant at) {
        this.passwordHash = hash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
    }

    /** The same password under a stronger hash: neither the change date nor the one-time flag moves. */
    void rehash(String hash) {
        this.passwordHash = hash;
    }

    /** A password set by an administrator: one-time, to be changed at the next sign-in. */
    void resetPassword(String oneTimeHash, Instant at) {
        this.passwordHash = oneTimeHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = true;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    void enrolTotp(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = true;
        this.totpLastStep = null;
    }

    void dropTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    /** Accepts a time step only once: a code seen before (replayed) is refused. */
    boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    String cityCode() {
        return cityCode;
    }

    Long organizationId() {
        return organizationId;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** A security administrator released the lockout: failures before now no longer count. */
    void releaseLockout(Instant at) {
        this.lockoutReleasedAt = at;
    }

    /** From when failures count toward a lockout: the last whole sign-in or the last release, whichever is later. */
    Instant failuresCountFrom() {
        if (lastSignInAt == null) {
            return lockoutReleasedAt;
        }
        return lockoutReleasedAt == null || lastSignInAt.isAfter(lockoutReleasedAt) ? lastSignInAt : lockoutReleasedAt;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    String totpSecret() {
        return totpSecret;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    long version() {
        return version;
    }

    UserSummary toSummary() {
        return new UserSummary(id, username, displayName, cityCode, organizationId);
    }

    PortalUser toPortalUser() {
        Set<Role> granted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return new PortalUser(id, username, displayName, passwordHash, enabled, granted, cityCode, organizationId);
    }
}
