package cn.gov.hunan.chuyi.account.admin;

import static cn.gov.hunan.chuyi.account.Role.SECURITY_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SYSTEM_ADMIN;
import static cn.gov.hunan.chuyi.account.admin.AdminPages.ACCOUNT;
import static cn.gov.hunan.chuyi.account.admin.AdminPages.REQUEST;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
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
 * Resets under the two-person rule: the system administrator asks and collects, the security administrator decides;
 * an approval the service wants confirmed gets the confirmation page; a request the service hides is not found.
 */
@ControllerSlice(ResetController.class)
class ResetControllerTests {

    private static final String RESET = "/admin/resets/" + REQUEST;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountResets resets;

    @MockitoBean
    ResetPages pages;

    @BeforeEach
    void requests() {
        when(pages.overview(any()))
                .thenReturn(new ResetPages.Overview(List.of(AdminPages.reset()), List.of(), true, true));
        when(pages.page(eq(REQUEST), any())).thenReturn(new ResetPages.One(AdminPages.reset(), false, false));
        when(pages.page(eq(404L), any())).thenThrow(new NotFoundException("reset", 404L));
        when(resets.requestSecondFactorReset(eq(ACCOUNT), any(), any())).thenReturn(REQUEST);
        when(resets.collect(eq(REQUEST), anyLong(), any()))
                .thenReturn(new AccountAdmin.OneTime(ACCOUNT, "account42", "Xy7-once-only"));
    }

    @Test
    void theRequestsAreReadByBothAdministratorsOnly() throws Exception {
        SignedIn.rule(mvc, () -> get("/admin/resets"))
                .allows(status().isOk(), SYSTEM_ADMIN, SECURITY_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(RESET))
                .allows(status().isOk(), SYSTEM_ADMIN, SECURITY_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aHiddenRequestIsNotFound() throws Exception {
        mvc.perform(get("/admin/resets/404").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void onlyTheSystemAdministratorAsksForASecondFactorReset() throws Exception {
        SignedIn.rule(mvc, () -> post("/admin/users/" + ACCOUNT + "/two-factor").param("reason", "手机丢失"))
                .allows(redirectedUrl(RESET), SYSTEM_ADMIN)
                .refusesTheRest();
        verify(resets).requestSecondFactorReset(eq(ACCOUNT), eq("手机丢失"), any());
    }

    @Test
    void onlyTheSecurityAdministratorDecides() throws Exception {
        SignedIn.rule(mvc, () -> post(RESET + "/approve").param("version", "1").param("confirmed", "true"))
                .allows(redirectedUrl(RESET), SECURITY_ADMIN)
                .refusesTheRest();
        verify(resets).approve(eq(REQUEST), eq(1L), eq(true), any());
        SignedIn.rule(mvc, () -> post(RESET + "/refuse").param("version", "1").param("reason", "未核实身份"))
                .allows(redirectedUrl(RESET), SECURITY_ADMIN)
                .refusesTheRest();
        verify(resets).refuse(eq(REQUEST), eq(1L), eq("未核实身份"), any());
    }

    @Test
    void anApprovalWithoutConfirmationGetsTheConfirmationPage() throws Exception {
        doAnswer(call -> {
                    ConfirmationRequired.unless(
                            call.getArgument(2, Boolean.class), "account.admin.releaseConfirm", "account42");
                    return null;
                })
                .when(resets)
                .approve(eq(REQUEST), eq(1L), anyBoolean(), any());
        mvc.perform(post(RESET + "/approve")
                        .param("version", "1")
                        .with(SignedIn.as(SECURITY_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        verify(resets).approve(eq(REQUEST), eq(1L), eq(false), any());
    }

    @Test
    void onlyTheSystemAdministratorCollects() throws Exception {
        SignedIn.rule(mvc, () -> post(RESET + "/collect").param("version", "2"))
                .allows(view().name("account/admin/one-time"), SYSTEM_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aHiddenRequestIsNotFoundWhenCollected() throws Exception {
        when(resets.collect(eq(404L), anyLong(), any())).thenThrow(new NotFoundException("reset", 404L));
        mvc.perform(post("/admin/resets/404/collect")
                        .param("version", "2")
                        .with(SignedIn.as(SYSTEM_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/admin/users/" + ACCOUNT + "/two-factor").with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(RESET + "/approve")
                        .param("version", "1")
                        .param("confirmed", "true")
                        .with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(RESET + "/refuse").param("version", "1").with(SignedIn.as(SECURITY_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(RESET + "/collect").param("version", "1").with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isForbidden());
        verify(resets, never()).approve(anyLong(), anyLong(), anyBoolean(), any());
        verify(resets, never()).collect(anyLong(), anyLong(), any());
    }
}
