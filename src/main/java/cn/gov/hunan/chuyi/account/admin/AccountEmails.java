package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.EmailAddress;
import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountChange;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.internal.AccountRepository;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.Text;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's e-mail address on the system administrator's account forms (creation and description), with the rest
 * of the form in one transaction: a refused address creates or changes nothing. The security administrator only reads
 * it (三权分立: the address is the account's description, not a grant). A change is a line of the account's history.
 */
@Service
class AccountEmails {

    private final AccountAdmin admin;
    private final AccountRepository accounts;
    private final AccountChangeRepository changes;
    private final Clock clock;

    AccountEmails(AccountAdmin admin, AccountRepository accounts, AccountChangeRepository changes, Clock clock) {
        this.admin = admin;
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    AccountAdmin.OneTime create(
            String username, String displayName, String cityCode, Long organizationId, String email, PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        String address = checked(email);
        AccountAdmin.OneTime created = admin.create(username, displayName, cityCode, organizationId, actor);
        set(created.accountId(), address, actor);
        return created;
    }

    @Transactional
    void describe(
            long id,
            String displayName,
            String cityCode,
            Long organizationId,
            String email,
            long version,
            PortalUser actor) {
        AdministrationRights.require(actor, Role.SYSTEM_ADMIN);
        String address = checked(email);
        admin.describe(id, displayName, cityCode, organizationId, version, actor);
        set(id, address, actor);
    }

    /** The trimmed address, null when left empty, or a refusal beside the field. */
    static String checked(String typed) {
        String address = Text.blankToNull(typed);
        if (address != null && !EmailAddress.valid(address)) {
            throw (AccountRejected) new AccountRejected("account.admin.error.email").at("email");
        }
        return address;
    }

    private void set(long id, String address, PortalUser actor) {
        var account = accounts.findById(id).orElseThrow();
        if (!Objects.equals(account.email(), address)) {
            account.setEmail(address);
            changes.save(new AccountChange(
                    id,
                    AccountChange.Event.CHANGED,
                    actor.getUsername(),
                    HistoryReason.key("account.change.email", address == null ? "—" : address),
                    clock.instant()));
        }
    }
}
