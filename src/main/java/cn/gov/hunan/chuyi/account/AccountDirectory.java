package cn.gov.hunan.chuyi.account;

import cn.gov.hunan.chuyi.account.internal.Account;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.shared.ArrayHas;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a role, who acts for an organisation or a city: for assignment pickers and notifications. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;
    private final AccountChangeRepository changes;
    private final Clock clock;

    AccountDirectory(AccountRepository accounts, AccountChangeRepository changes, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    /** Enabled accounts that hold {@code role}, by display name. */
    public List<UserSummary> withRole(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(Account::toSummary)
                .toList();
    }

    /** Enabled accounts with {@code role} bound to the organisation. */
    public List<UserSummary> actingFor(long organizationId, Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(Account::toSummary)
                .filter(u -> u.organizationId() != null && u.organizationId() == organizationId)
                .toList();
    }

    /** Enabled city officers of a city. */
    public List<UserSummary> cityOfficers(String cityCode) {
        return accounts.findEnabledWithRole(Role.CITY_OFFICER).stream()
                .map(Account::toSummary)
                .filter(u -> cityCode != null && cityCode.equals(u.cityCode()))
                .toList();
    }

    public Map<Long, UserSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllByIds(ArrayHas.of(ids)).stream()
                .map(Account::toSummary)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /**
     * How pages name the people behind {@code usernames} (who uploaded, who applied): each one's display name, or the
     * user name itself for an account that is gone or has none. One statement for the whole page.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>(); // asked for null (no one applied yet), it answers null
        if (wanted.isEmpty()) {
            return names;
        }
        wanted.forEach(u -> names.put(u, u));
        for (Object[] row : accounts.findDisplayNames(wanted)) {
            String name = (String) row[1];
            if (name != null && !name.isBlank()) {
                names.put((String) row[0], name);
            }
        }
        return names;
    }

    /** The e-mail addresses of those of {@code userIds} who have one (the mail outbox writes to these). */
    public Map<Long, String> emailsOf(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findEmails(userIds).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    /** The user's own e-mail address, if any. */
    public Optional<String> emailOf(long userId) {
        return accounts.findById(userId).map(Account::email);
    }

    /**
     * Sets the signed-in user's own address (their preferences page): one {@link EmailAddress} accepts, or null. A
     * change is a line of the account's history, by the user, as the administrator's change of it is.
     */
    @Transactional
    public void setOwnEmail(long userId, String address) {
        if (address != null && !EmailAddress.valid(address)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        accounts.findById(userId)
                .filter(account -> !Objects.equals(account.email(), address))
                .ifPresent(account -> {
                    account.setEmail(address);
                    changes.save(new AccountChange(
                            userId,
                            AccountChange.Event.CHANGED,
                            account.username(),
                            HistoryReason.key("account.change.email", address == null ? "—" : address),
                            clock.instant()));
                });
    }
}
