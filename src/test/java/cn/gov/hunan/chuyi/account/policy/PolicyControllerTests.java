package cn.gov.hunan.chuyi.account.policy;

import static cn.gov.hunan.chuyi.account.Role.SECURITY_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.account.internal.AccountRejected;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The security policy: the security administrator's alone; a refused policy comes back with what was typed and why. */
@ControllerSlice(PolicyController.class)
class PolicyControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PolicyService policy;

    @BeforeEach
    void policy() {
        when(policy.form()).thenReturn(new PolicyForm(5, 15, 15, 50, 12, 90, 5, 30, 12, 2, Set.of(), 3));
    }

    /** The policy form as posted, with this number of failures before a lockout. */
    private static MockHttpServletRequestBuilder posted(int lockoutAttempts) {
        return post("/admin/policy")
                .param("lockoutAttempts", String.valueOf(lockoutAttempts))
                .param("lockoutWindowMinutes", "15")
                .param("lockoutMinutes", "15")
                .param("ipAttempts", "50")
                .param("passwordMinLength", "12")
                .param("passwordExpiryDays", "90")
                .param("passwordHistory", "5")
                .param("sessionIdleMinutes", "30")
                .param("sessionAbsoluteHours", "12")
                .param("privilegedMaxSessions", "2")
                .param("relaxedRoles", "EXPERT")
                .param("version", "3");
    }

    @Test
    void onlyTheSecurityAdministratorReadsAndSetsThePolicy() throws Exception {
        SignedIn.rule(mvc, () -> get("/admin/policy"))
                .allows(status().isOk(), SECURITY_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> posted(6))
                .allows(redirectedUrl("/admin/policy"), SECURITY_ADMIN)
                .refusesTheRest();
        verify(policy)
                .change(eq(new PolicyForm(6, 15, 15, 50, 12, 90, 5, 30, 12, 2, EnumSet.of(Role.EXPERT), 3)), any());
    }

    @Test
    void aRefusedPolicyComesBackWithWhatWasTypedAndTheReason() throws Exception {
        doThrow(new AccountRejected("account.policy.error.range"))
                .when(policy)
                .change(eq(new PolicyForm(99, 15, 15, 50, 12, 90, 5, 30, 12, 2, EnumSet.of(Role.EXPERT), 3)), any());
        mvc.perform(posted(99).with(SignedIn.as(SECURITY_ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/admin/policy"))
                .andExpect(model().attribute("errorKey", "account.policy.error.range"))
                .andExpect(content().string(containsString("value=\"99\"")))
                .andExpect(content().string(containsString("有设置超出允许范围")));
    }

    @Test
    void aPolicyChangeNeedsItsCsrfToken() throws Exception {
        mvc.perform(posted(6).with(SignedIn.as(SECURITY_ADMIN))).andExpect(status().isForbidden());
        verify(policy, never()).change(any(), any());
    }
}
