package cn.gov.hunan.chuyi.account.admin;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.SECURITY_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SYSTEM_ADMIN;
import static cn.gov.hunan.chuyi.account.admin.AdminPages.ACCOUNT;
import static cn.gov.hunan.chuyi.account.admin.AdminPages.REQUEST;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Account administration: the system administrator manages accounts, the security administrator roles, both read;
 * a refused new account comes back as typed; disabling asks first; an account the service hides is not found.
 */
@ControllerSlice(AdminController.class)
class AdminControllerTests {

    private static final String USER = "/admin/users/" + ACCOUNT;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountAdmin admin;

    @MockitoBean
    AccountResets resets;

    @MockitoBean
    AccountEmails emails;

    @MockitoBean
    RoleGrants roles;

    @BeforeEach
    void accounts() {
        when(admin.list(any(), any(), any())).thenReturn(AdminPages.accounts(true));
        when(admin.page(eq(ACCOUNT), any()))
                .thenAnswer(call -> AccountPage.of(
                        Users.account(ACCOUNT, false, CITY_OFFICER),
                        null,
                        List.of(),
                        List.of(),
                        call.getArgument(1, PortalUser.class)));
        when(admin.get(eq(ACCOUNT), any())).thenReturn(Users.account(ACCOUNT, false, CITY_OFFICER));
        when(admin.page(eq(404L), any())).thenThrow(new NotFoundException("account", 404L));
        when(admin.get(eq(404L), any())).thenThrow(new NotFoundException("account", 404L));
        when(emails.create(any(), any(), any(), any(), any(), any()))
                .thenReturn(new AccountAdmin.OneTime(ACCOUNT, "account42", "Xy7-once-only"));
        when(resets.resetPassword(eq(ACCOUNT), anyLong(), any(), any()))
                .thenReturn(new AccountResets.Outcome(
                        new AccountAdmin.OneTime(ACCOUNT, "account42", "Xy7-once-only"), null));
    }

    @Test
    void theAccountsAreReadByBothAdministratorsOnly() throws Exception {
        SignedIn.rule(mvc, () -> get("/admin/users"))
                .allows(status().isOk(), SYSTEM_ADMIN, SECURITY_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(USER))
                .allows(status().isOk(), SYSTEM_ADMIN, SECURITY_ADMIN)
                .refusesTheRest();
    }

    @Test
    void onlyTheSystemAdministratorCreatesAnAccount() throws Exception {
        SignedIn.rule(mvc, () -> get("/admin/users/new"))
                .allows(status().isOk(), SYSTEM_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/admin/users")
                                .param("username", "cs_new")
                                .param("displayName", "长沙新账号")
                                .param("cityCode", SignedIn.CITY))
                .allows(view().name("account/admin/one-time"), SYSTEM_ADMIN)
                .refusesTheRest();
        verify(emails).create(eq("cs_new"), eq("长沙新账号"), eq(SignedIn.CITY), eq(null), eq(null), any());
    }

    @Test
    void aRefusedNewAccountComesBackWithWhatWasTyped() throws Exception {
        when(emails.create(eq("taken"), any(), any(), any(), any(), any()))
                .thenThrow(new AccountRejected("account.admin.error.duplicate"));
        mvc.perform(post("/admin/users")
                        .param("username", "taken")
                        .param("displayName", "重名账号")
                        .param("cityCode", "430200")
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/admin/form"))
                .andExpect(model().attribute("errorKey", "account.admin.error.duplicate"))
                .andExpect(content().string(containsString("value=\"taken\"")))
                .andExpect(content().string(containsString("重名账号")))
                .andExpect(content().string(containsString("用户名已存在")));
    }

    @Test
    void aRefusedAddressComesBackWithWhatWasTypedBesideTheField() throws Exception {
        when(emails.create(any(), any(), any(), any(), eq("not an address"), any()))
                .thenThrow((AccountRejected) new AccountRejected("account.admin.error.email").at("email"));
        mvc.perform(post("/admin/users")
                        .param("username", "cs_mail")
                        .param("displayName", "邮箱测试")
                        .param("email", "not an address")
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/admin/form"))
                .andExpect(content().string(containsString("value=\"not an address\"")))
                .andExpect(content().string(containsString("value=\"cs_mail\"")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("请填写有效的电子邮箱地址")));
    }

    @Test
    void theSecurityAdministratorReadsTheAddressButHasNoFormToChangeIt() throws Exception {
        mvc.perform(get(USER).with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"account-email\"")))
                .andExpect(content().string(containsString("account42@jyt.hunan.gov.cn")))
                .andExpect(content().string(not(containsString("name=\"email\""))));
        mvc.perform(get(USER).with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"email\"")))
                .andExpect(content().string(containsString("value=\"account42@jyt.hunan.gov.cn\"")));
    }

    @Test
    void onlyTheSystemAdministratorDescribesAnAccount() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(USER)
                                .param("displayName", "长沙市教育局")
                                .param("cityCode", SignedIn.CITY)
                                .param("version", "4"))
                .allows(redirectedUrl(USER), SYSTEM_ADMIN)
                .refusesTheRest();
        verify(emails).describe(eq(ACCOUNT), eq("长沙市教育局"), eq(SignedIn.CITY), eq(null), eq(null), eq(4L), any());
    }

    @Test
    void onlyTheSystemAdministratorEnablesAndDisables() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(USER + "/enabled").param("enabled", "true").param("version", "4"))
                .allows(redirectedUrl(USER), SYSTEM_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(USER + "/enabled")
                                .param("enabled", "false")
                                .param("reason", "调离")
                                .param("version", "4")
                                .param("confirmed", "true"))
                .allows(redirectedUrl(USER), SYSTEM_ADMIN)
                .refusesTheRest();
        verify(admin).setEnabled(eq(ACCOUNT), eq(false), eq("调离"), eq(4L), any());
    }

    @Test
    void disablingWithoutConfirmationAsksFirstAndChangesNothing() throws Exception {
        mvc.perform(post(USER + "/enabled")
                        .param("enabled", "false")
                        .param("reason", "调离")
                        .param("version", "4")
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("停用账号 account42")))
                .andExpect(content().string(containsString("value=\"调离\"")));
        verify(admin, never()).setEnabled(anyLong(), anyBoolean(), any(), anyLong(), any());
    }

    @Test
    void aHiddenAccountIsNotFoundAndNeverNamedByTheConfirmation() throws Exception {
        mvc.perform(get("/admin/users/404").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(post("/admin/users/404/enabled")
                        .param("enabled", "false")
                        .param("version", "0")
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(admin, never()).setEnabled(anyLong(), anyBoolean(), any(), anyLong(), any());
    }

    @Test
    void aDisablingWithoutAReasonGoesBackWithTheReasonBesideItsField() throws Exception {
        doThrow(new AccountRejected("account.admin.error.reason").at("reason"))
                .when(admin)
                .setEnabled(eq(ACCOUNT), eq(false), eq(null), eq(4L), any());
        mvc.perform(post(USER + "/enabled")
                        .param("enabled", "false")
                        .param("version", "4")
                        .param("confirmed", "true")
                        .header("Referer", USER)
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(USER))
                .andExpect(flash().attribute("errorKey", "account.admin.error.reason"))
                .andExpect(flash().attribute("errorField", "reason"));
    }

    @Test
    void onlyTheSystemAdministratorResetsAPassword() throws Exception {
        SignedIn.rule(mvc, () -> post(USER + "/password").param("version", "4").param("reason", "忘记密码"))
                .allows(view().name("account/admin/one-time"), SYSTEM_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aPrivilegedAccountsResetBecomesARequest() throws Exception {
        when(resets.resetPassword(eq(ACCOUNT), eq(5L), any(), any()))
                .thenReturn(new AccountResets.Outcome(null, REQUEST));
        mvc.perform(post(USER + "/password")
                        .param("version", "5")
                        .param("reason", "忘记密码")
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/resets/" + REQUEST))
                .andExpect(flash().attribute("success", "account.reset.requested"));
    }

    @Test
    void onlyTheSecurityAdministratorChangesRoles() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(USER + "/roles")
                                .param("role", "INSPECTOR")
                                .param("grant", "true")
                                .param("reason", "督导"))
                .allows(redirectedUrl(USER), SECURITY_ADMIN)
                .refusesTheRest();
        verify(roles).grant(eq(ACCOUNT), eq(Role.INSPECTOR), eq("督导"), any());
        SignedIn.rule(
                        mvc,
                        () -> post(USER + "/roles")
                                .param("role", "INSPECTOR")
                                .param("grant", "false")
                                .param("reason", "调离"))
                .allows(redirectedUrl(USER), SECURITY_ADMIN)
                .refusesTheRest();
        verify(roles).revoke(eq(ACCOUNT), eq(Role.INSPECTOR), eq("调离"), any());
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/admin/users")
                        .param("username", "x")
                        .param("displayName", "x")
                        .with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(USER + "/enabled")
                        .param("enabled", "false")
                        .param("version", "4")
                        .param("confirmed", "true")
                        .with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(USER + "/password").param("version", "4").with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(USER + "/roles")
                        .param("role", "INSPECTOR")
                        .param("grant", "true")
                        .with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isForbidden());
        verify(emails, never()).create(any(), any(), any(), any(), any(), any());
        verify(admin, never()).setEnabled(anyLong(), anyBoolean(), any(), anyLong(), any());
        verify(resets, never()).resetPassword(anyLong(), anyLong(), any(), any());
        verify(roles, never()).grant(anyLong(), any(), any(), any());
    }
}
