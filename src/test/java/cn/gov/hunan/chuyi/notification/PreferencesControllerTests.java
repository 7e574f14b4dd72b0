package cn.gov.hunan.chuyi.notification;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notice preferences: every signed-in user's own, never another's (the user is the signed-in one, not a posted field);
 * a refused form comes back as typed with the reason beside its field.
 */
@ControllerSlice(PreferencesController.class)
class PreferencesControllerTests {

    private static final String PREFERENCES = "/notifications/preferences";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoticePreferences preferences;

    private static PreferencesPage page(PreferencesForm form) {
        return new PreferencesPage(
                form, List.of(NoticeKind.values()), List.of(NoticeChannel.values()), List.of("zh-CN", "en"), true);
    }

    @BeforeEach
    void preferences() {
        when(preferences.page(anyLong(), any(Locale.class))).thenReturn(page(PreferencesForm.fresh("zh-CN", null)));
        when(preferences.page(any(PreferencesForm.class))).thenAnswer(call -> page(call.getArgument(0)));
    }

    @Test
    void everySignedInUserKeepsTheirOwnPreferences() throws Exception {
        SignedIn.rule(mvc, () -> get(PREFERENCES))
                .allows(status().isOk(), Role.values())
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(PREFERENCES)
                                .param("email", "cs@example.cn")
                                .param("language", "zh-CN")
                                .param("channels[PROJECT]", "EMAIL")
                                .param("version", "0"))
                .allows(redirectedUrl(PREFERENCES), Role.values())
                .refusesTheRest();
        for (Role role : Role.values()) {
            verify(preferences).save(eq(role.ordinal() + 1L), any());
        }
    }

    @Test
    void aPostedUserIsNotBound() throws Exception {
        mvc.perform(post(PREFERENCES)
                        .param("email", "cs@example.cn")
                        .param("language", "zh-CN")
                        .param("userId", "1")
                        .param("version", "0")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl(PREFERENCES));
        verify(preferences).save(eq(SignedIn.principal(CITY_OFFICER).id()), any());
    }

    @Test
    void aRefusedFormComesBackAsTypedWithTheReasonBesideItsField() throws Exception {
        doThrow(new PreferencesRejected(
                        List.of(new PreferencesRejected.Problem("email", "notification.preferences.error.email"))))
                .when(preferences)
                .save(anyLong(), any());
        mvc.perform(post(PREFERENCES)
                        .param("email", "not-an-address")
                        .param("language", "zh-CN")
                        .param("channels[PROJECT]", "EMAIL")
                        .param("version", "0")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("notification/preferences"))
                .andExpect(model().attributeHasFieldErrors("form", "email"))
                .andExpect(content().string(containsString("value=\"not-an-address\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("请填写一个有效的电子邮箱地址")));
    }

    @Test
    void aSaveNeedsItsCsrfToken() throws Exception {
        mvc.perform(post(PREFERENCES)
                        .param("email", "cs@example.cn")
                        .param("version", "0")
                        .with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isForbidden());
        verify(preferences, never()).save(anyLong(), any());
    }
}
