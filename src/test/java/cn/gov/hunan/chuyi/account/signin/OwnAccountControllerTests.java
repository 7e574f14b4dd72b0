package cn.gov.hunan.chuyi.account.signin;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountChangeRepository;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.account.password.PasswordService;
import cn.gov.hunan.chuyi.account.session.SessionControl;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every signed-in user does with their own account (password, second factor, sessions): every role, no visitor;
 * a refused password change comes back with its reasons; every post needs its CSRF token. The second step of sign-in
 * needs a pending sign-in in the session, which only the sign-in flow makes: its ITs prove it; here only that a
 * fully signed-in user does not reach it.
 */
@ControllerSlice(OwnAccountController.class)
class OwnAccountControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PasswordService passwords;

    @MockitoBean
    TwoFactorService twoFactor;

    @MockitoBean
    SessionControl sessions;

    @MockitoBean
    SecondStep secondStep;

    @MockitoBean
    AccountChangeRepository changes;

    @BeforeEach
    void account() {
        when(passwords.minLength()).thenReturn(12);
        when(twoFactor.newSecret()).thenReturn("JBSWY3DPEHPK3PXP");
        when(twoFactor.qrSvg(anyString(), anyString())).thenReturn("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        when(sessions.rowsOf(anyString(), any()))
                .thenReturn(List.of(new SessionControl.SessionRow(LocalDateTime.of(2026, 1, 5, 9, 0), true)));
    }

    @Test
    void everySignedInUserKeepsTheirOwnAccount() throws Exception {
        SignedIn.rule(mvc, () -> get("/account/password"))
                .allows(status().isOk(), Role.values())
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/account/password")
                                .param("current", "Old-pass-123")
                                .param("next", "New-pass-4567")
                                .param("confirmation", "New-pass-4567"))
                .allows(redirectedUrl("/"), Role.values())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/account/two-factor"))
                .allows(status().isOk(), Role.values())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/account/two-factor/remove").param("code", "123456"))
                .allows(redirectedUrl("/account/two-factor"), Role.values())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/account/sessions"))
                .allows(status().isOk(), Role.values())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/account/sessions/sign-out-everywhere"))
                .allows(redirectedUrl("/login?logout"), Role.values())
                .refusesTheRest();
    }

    @Test
    void theSecondStepOfSignInIsNotForASignedInUser() throws Exception {
        SignedIn.rule(mvc, () -> get("/login/two-factor")).refusesTheRest();
        SignedIn.rule(mvc, () -> post("/login/two-factor").param("code", "123456"))
                .refusesTheRest();
        verify(secondStep, never()).attempt(any(), any(), any());
    }

    @Test
    void aRefusedPasswordComesBackWithEveryReason() throws Exception {
        doThrow(new AccountRejected(List.of("account.password.error.current", "account.password.error.reused")))
                .when(passwords)
                .change(anyLong(), eq("wrong"), eq("Reused-pass-1"), eq("Reused-pass-1"), any());
        mvc.perform(post("/account/password")
                        .param("current", "wrong")
                        .param("next", "Reused-pass-1")
                        .param("confirmation", "Reused-pass-1")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password"))
                .andExpect(content().string(containsString("当前密码不正确")))
                .andExpect(content().string(containsString("不能使用最近用过的密码")))
                // a password is never sent back to the browser
                .andExpect(content().string(not(containsString("Reused-pass-1"))));
    }

    @Test
    void aWrongEnrolmentCodeComesBackToThePage() throws Exception {
        when(twoFactor.enrol(anyLong(), any(), eq("000000")))
                .thenThrow(new AccountRejected("account.twoFactor.error.code"));
        mvc.perform(post("/account/two-factor")
                        .param("code", "000000")
                        .sessionAttr(OwnAccountController.ENROLLING, "JBSWY3DPEHPK3PXP")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/two-factor"))
                .andExpect(model().attribute("wrongCode", true));
    }

    @Test
    void theEnrolmentCodeIsOnlyForAnEnrolmentUnderWay() throws Exception {
        mvc.perform(get("/account/two-factor/qr.svg").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/two-factor/qr.svg")
                        .sessionAttr(OwnAccountController.ENROLLING, "JBSWY3DPEHPK3PXP")
                        .with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"));
        mvc.perform(get("/account/two-factor/qr.svg")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aRefusedRemovalGoesBackWithItsReason() throws Exception {
        doThrow(new AccountRejected("account.twoFactor.error.required"))
                .when(twoFactor)
                .remove(any(), eq("123456"));
        mvc.perform(post("/account/two-factor/remove")
                        .param("code", "123456")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/two-factor"))
                .andExpect(flash().attribute("errorKey", "account.twoFactor.error.required"));
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheUser() throws Exception {
        mvc.perform(post("/account/sessions/sign-out-everywhere")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        verify(sessions).signOutEverywhere("city_officer");
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/account/password")
                        .param("current", "a")
                        .param("next", "b")
                        .param("confirmation", "b")
                        .with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/two-factor").param("code", "1").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/two-factor/remove").param("code", "1").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/sessions/sign-out-everywhere").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isForbidden());
        verify(passwords, never()).change(anyLong(), any(), any(), any(), any());
        verify(twoFactor, never()).remove(any(), any());
        verify(sessions, never()).signOutEverywhere(any());
    }
}
