package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.account.password.OneTimePasswords;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.shared.HistoryLine;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.Text;
import cn.gov.hunan.chuyi.shared.Versions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration under the separation of duties (三权分立): the system administrator creates, describes,
 * binds, disables and resets accounts (never deletes them); the security administrator grants and revokes roles
 * with a reason ({@link RoleGrants}). These rules hold here, whatever a page shows. Resets are {@link AccountResets}'.
 *
 * <p>A signed-in user's session holds what the account was at sign-in (roles, city, organisation): every change of
 * binding, role or enabled state therefore ends all of the account's sessions, on every instance, and the user signs in
 * again as the account now is. Otherwise a city officer moved to another city would keep the old city's data for as
 * long as the old session lives.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdmin {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,63}");

    private final AccountRepository accounts;
    private final AccountChangeRepository changes;
    private final PasswordEncoder encoder;
    private final SessionControl sessions;
    private final SignInGuard guard;
    private final ResetPages resets;
    private final Clock clock;

    AccountAdmin(
            AccountRepository accounts,
            AccountChangeRepository changes,
            PasswordEncoder encoder,
            SessionControl sessions,
            SignInGuard guard,
            ResetPages resets,
            Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.encoder = encoder;
        this.sessions = sessions;
        this.guard = guard;
        this.resets = resets;
        this.clock = clock;
    }

    /** An account as the administrators' pages show it. */
    public record AccountView(
            long id,
            String username,
            String displayName,
            boolean enabled,
            String cityCode,
            Long organizationId,
            Set<Role> roles,
            boolean mustChangePassword,
            boolean twoFactor,
            LocalDateTime lastSignIn,
            long version,
            String email) {}

    /** The accounts list: one page of accounts, and whether this administrator may create one (the system administrator). */
    record AccountsPage(Page<AccountView> accounts, boolean mayCreate) {}

    /** What a creation or a reset hands over once: the one-time password, never stored in clear or logged. */
    public record OneTime(long accountId, String username, String password) {}

    public Page<AccountView> search(String q, Pageable pageable, PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        String term = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return accounts.search(term, pageable).map(AccountAdmin::view);
    }

    AccountsPage list(String q, Pageable pageable, PortalUser actor) {
        return new AccountsPage(search(q, pageable, actor), actor.has(Role.SYSTEM_ADMIN));
    }

    /** An account's page, with what this administrator may do on it. */
    AccountPage page(long id, PortalUser actor) {
        AccountView account = get(id, actor);
        return AccountPage.of(
                account,
                PortalTime.local(guard.lockedUntil(account.username())),
                resets.ofAccount(id, actor),
                history(id, actor),
                actor);
    }

    public AccountView get(long id, PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        return view(load(id));
    }

    public List<HistoryLine> history(long id, PortalUser actor) {
        AdministrationRights.requireAdministrator(actor);
        return changes.history(id).stream().map(AccountChange::toLine).toList();
    }

    @Transactional
    public OneTime create(String username, String displayName, String cityCode, Long organizationId, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejected("account.admin.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw new AccountRejected("account.admin.error.displayName");
        }
        if (accounts.existsByUsername(name)) {
            throw new AccountRejected("account.admin.error.duplicate");
        }
        String password = OneTimePasswords.next();
        Account account = saveBound(new Account(
                name,
                displayName.strip(),
                Text.blankToNull(cityCode),
                organizationId,
                encoder.encode(password),
                clock.instant()));
        log(account, AccountChange.Event.CREATED, actor, name);
        return new OneTime(account.id(), name, password);
    }

    @Transactional
    public void describe(
            long id, String displayName, String cityCode, Long organizationId, long version, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        Account account = load(id, version);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw new AccountRejected("account.admin.error.displayName");
        }
        if (account.roles().contains(Role.CITY_OFFICER) && Text.blankToNull(cityCode) == null
                || account.roles().contains(Role.SCHOOL_ADMIN) && organizationId == null) {
            throw new AccountRejected("account.admin.error.binding");
        }
        boolean rebound = !Objects.equals(account.cityCode(), Text.blankToNull(cityCode))
                || !Objects.equals(account.organizationId(), organizationId);
        account.describe(displayName.strip(), Text.blankToNull(cityCode), organizationId);
        saveBound(account);
        if (rebound) {
            sessions.signOutEverywhere(account.username());
        }
        log(
                account,
                AccountChange.Event.CHANGED,
                actor,
                HistoryReason.key(
                        "account.change.described", displayName.strip(), Text.blankToNull(cityCode), organizationId));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String reason, long version, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        Account account = load(id, version);
        if (account.id() == actor.id()) {
            throw new AccountRejected("account.admin.error.self");
        }
        if (reason == null || reason.isBlank()) {
            throw new AccountRejected("account.admin.error.reason").at("reason");
        }
        account.setEnabled(enabled);
        sessions.signOutEverywhere(account.username());
        log(account, enabled ? AccountChange.Event.ENABLED : AccountChange.Event.DISABLED, actor, reason.strip());
    }

    /**
     * Saves at once, so that a city code or an organisation number that does not exist (the database's foreign
     * keys know) is told to the administrator as such, not as a server error.
     */
    private Account saveBound(Account account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException unknownBinding) {
            throw new AccountRejected("account.admin.error.unknownBinding");
        }
    }

    private void log(Account account, AccountChange.Event event, PortalUser actor, String typed) {
        log(account, event, actor, HistoryReason.typed(typed));
    }

    private void log(Account account, AccountChange.Event event, PortalUser actor, HistoryReason detail) {
        changes.save(new AccountChange(account.id(), event, actor.getUsername(), detail, clock.instant()));
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private Account load(long id, long version) {
        Account account = load(id);
        Versions.expect(account.version(), version, "account");
        return account;
    }

    private static AccountView view(Account a) {
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.enabled(),
                a.cityCode(),
                a.organizationId(),
                a.roles(),
                a.mustChangePassword(),
                a.totpEnabled(),
                PortalTime.local(a.lastSignInAt()),
                a.version(),
                a.email());
    }
}
