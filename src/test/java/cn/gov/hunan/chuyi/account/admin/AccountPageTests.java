package cn.gov.hunan.chuyi.account.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.policy.TwoFactorRules;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an account's page offers to whom: the flags the template asks instead of checking roles itself. */
class AccountPageTests {

    private static final LocalDateTime LOCKED = LocalDateTime.of(2026, 1, 5, 10, 0);

    private static AccountPage page(AccountAdmin.AccountView account, LocalDateTime lockedUntil, PortalUser actor) {
        return AccountPage.of(account, lockedUntil, List.of(), List.of(), actor);
    }

    @Test
    void theSystemAdministratorManagesTheAccountButNeitherItsRolesNorItsLockout() {
        var page = page(Users.account(10, true, Role.SCHOOL_ADMIN), LOCKED, Users.systemAdmin());
        assertThat(page.mayManage()).isTrue();
        assertThat(page.mayResetSecondFactor()).isTrue();
        assertThat(page.mayChangeRoles()).isFalse();
        assertThat(page.mayReleaseLockout()).isFalse();
    }

    @Test
    void theSecurityAdministratorChangesRolesAndReleasesALockoutButDoesNotManageTheAccount() {
        var page = page(Users.account(10, true, Role.SCHOOL_ADMIN), LOCKED, Users.securityAdmin());
        assertThat(page.mayManage()).isFalse();
        assertThat(page.mayResetSecondFactor()).isFalse();
        assertThat(page.mayChangeRoles()).isTrue();
        assertThat(page.mayReleaseLockout()).isTrue();
    }

    @Test
    void aLockoutIsReleasedOnlyWhereThereIsOne() {
        assertThat(page(Users.account(10, false, Role.EXPERT), null, Users.securityAdmin())
                        .mayReleaseLockout())
                .isFalse();
    }

    @Test
    void aSecondFactorIsResetOnlyWhereThereIsOne() {
        assertThat(page(Users.account(10, false, Role.EXPERT), null, Users.systemAdmin())
                        .mayResetSecondFactor())
                .isFalse();
    }

    @Test
    void aPrivilegedAccountsPasswordResetAsksForApprovalABusinessAccountsDoesNot() {
        for (Role role : Role.values()) {
            boolean privileged = TwoFactorRules.ALWAYS.contains(role);
            assertThat(page(Users.account(10, true, role), null, Users.systemAdmin())
                            .resetNeedsApproval())
                    .as(role.name())
                    .isEqualTo(privileged);
        }
        assertThat(TwoFactorRules.ALWAYS)
                .contains(Role.PROVINCE_ADMIN, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);
    }
}
