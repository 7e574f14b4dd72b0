package cn.gov.hunan.chuyi.account.admin;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.PageImpl;

/** The administrators' page records for controller slices, as the services would give them. */
final class AdminPages {

    /** The account the slices show: a city officer's business account. */
    static final long ACCOUNT = 42L;
    /** A reset request of that account. */
    static final long REQUEST = 7L;

    private AdminPages() {}

    static AccountAdmin.AccountsPage accounts(boolean mayCreate) {
        return new AccountAdmin.AccountsPage(
                new PageImpl<>(List.of(Users.account(ACCOUNT, false, Role.CITY_OFFICER))), mayCreate);
    }

    /** The account's page as the role's administrator sees it. */
    static AccountPage account(Role administrator) {
        return AccountPage.of(
                Users.account(ACCOUNT, false, Role.CITY_OFFICER),
                LocalDateTime.of(2026, 1, 5, 10, 0),
                List.of(),
                List.of(),
                SignedIn.principal(administrator));
    }

    static ResetPages.ResetView reset() {
        return new ResetPages.ResetView(
                REQUEST,
                ACCOUNT,
                "account42",
                "Account 42",
                EnumSet.of(Role.SECURITY_ADMIN),
                ResetRequest.Kind.PASSWORD,
                "PENDING",
                "system_admin",
                "忘记密码",
                LocalDateTime.of(2026, 1, 5, 9, 0),
                null,
                null,
                null,
                0);
    }
}
