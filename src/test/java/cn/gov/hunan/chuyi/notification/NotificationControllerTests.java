package cn.gov.hunan.chuyi.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every signed-in user reads and clears their own notifications, nobody another's. Also the slice's own checks of the
 * security chain: a post without its CSRF token is refused, every page carries the content-security policy.
 */
@ControllerSlice(NotificationController.class)
class NotificationControllerTests {

    @Autowired
    MockMvc mvc;

    /** The slice's own mock (the layout asks it for the unread count). */
    @Autowired
    NotificationCenter center;

    @BeforeEach
    void notifications() {
        when(center.of(anyLong(), any(), any()))
                .thenReturn(new PageImpl<>(List.of(new NotificationView(
                        1, "您被指派评审「2026 年楚怡高水平中职学校」", "/rounds/1", LocalDateTime.of(2026, 5, 4, 8, 0), false))));
        when(center.unreadCount(anyLong())).thenReturn(1L);
    }

    @Test
    void everySignedInUserHasNotifications() throws Exception {
        SignedIn.rule(mvc, () -> get("/notifications"))
                .allows(status().isOk(), Role.values())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/notifications/read"))
                .allows(redirectedUrl("/notifications"), Role.values())
                .refusesTheRest();
    }

    @Test
    void theListAndTheClearingAreTheViewersOwn() throws Exception {
        var expert = SignedIn.principal(Role.EXPERT);
        mvc.perform(get("/notifications").with(SignedIn.as(expert)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/rounds/1")));
        verify(center).of(eq(expert.id()), any(), any());
        mvc.perform(post("/notifications/read").with(SignedIn.as(expert)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        verify(center).markAllRead(expert.id());
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/notifications/read").with(SignedIn.as(Role.SCHOOL_ADMIN)))
                .andExpect(status().isForbidden());
        verify(center, never()).markAllRead(anyLong());
    }

    @Test
    void pagesCarryTheContentSecurityPolicy() throws Exception {
        mvc.perform(get("/notifications").with(SignedIn.as(Role.CITY_OFFICER)))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Request-Id", notNullValue()));
    }
}
