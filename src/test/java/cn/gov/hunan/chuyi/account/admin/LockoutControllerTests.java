package cn.gov.hunan.chuyi.account.admin;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.SECURITY_ADMIN;
import static cn.gov.hunan.chuyi.account.admin.AdminPages.ACCOUNT;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Releasing a sign-in lockout: the security administrator's, asked first, never naming an account the service hides. */
@ControllerSlice(LockoutController.class)
class LockoutControllerTests {

    private static final String RELEASE = "/admin/users/" + ACCOUNT + "/lockout/release";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignInGuard guard;

    @MockitoBean
    AccountAdmin accounts;

    @BeforeEach
    void account() {
        when(accounts.get(eq(ACCOUNT), any())).thenReturn(Users.account(ACCOUNT, false, CITY_OFFICER));
        when(accounts.get(eq(404L), any())).thenThrow(new NotFoundException("account", 404L));
    }

    @Test
    void onlyTheSecurityAdministratorReleasesALockout() throws Exception {
        SignedIn.rule(mvc, () -> post(RELEASE).param("confirmed", "true"))
                .allows(redirectedUrl("/admin/users/" + ACCOUNT), SECURITY_ADMIN)
                .refusesTheRest();
        verify(guard).release(eq(ACCOUNT), any());
    }

    @Test
    void aReleaseWithoutConfirmationAsksFirstNamingTheAccount() throws Exception {
        mvc.perform(post(RELEASE).with(SignedIn.as(SECURITY_ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("解除账号 account42 的登录锁定")));
        verify(guard, never()).release(anyLong(), any());
    }

    @Test
    void aHiddenAccountIsNotFound() throws Exception {
        mvc.perform(post("/admin/users/404/lockout/release")
                        .with(SignedIn.as(SECURITY_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(guard, never()).release(anyLong(), any());
    }

    @Test
    void aReleaseNeedsItsCsrfToken() throws Exception {
        mvc.perform(post(RELEASE).param("confirmed", "true").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isForbidden());
        verify(guard, never()).release(anyLong(), any());
    }
}
