package cn.gov.hunan.chuyi.supervision.plan;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
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

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The plan's irreversible moves (the first part of this slice): province staff only, and each asks first. */
@ControllerSlice(PlanController.class)
class PlanControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanService plans;

    @MockitoBean
    OrganizationDirectory organizations;

    @BeforeEach
    void plans() {
        when(plans.plan(1)).thenReturn(Plans.view(PlanStatus.ACTIVE, "CITIES"));
        when(plans.plan(404)).thenThrow(new NotFoundException("plan", 404));
    }

    @Test
    void onlyProvinceStaffActivateAndPublish() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/supervision/plans/1/activate")
                                .param("version", "0")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/supervision/plans/1"), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/supervision/plans/1/publish")
                                .param("version", "0")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/supervision/plans/1/results"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(plans).publish(eq(1L), eq(0L), any());
    }

    @Test
    void publishingWithoutConfirmationAsksFirst() throws Exception {
        mvc.perform(post("/supervision/plans/1/publish")
                        .param("version", "0")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("发布后不能修改")));
        verify(plans, never()).publish(anyLong(), anyLong(), any());
    }

    @Test
    void aHiddenPlanIsNotFoundAndNeverAsks() throws Exception {
        mvc.perform(post("/supervision/plans/404/activate")
                        .param("version", "0")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(plans, never()).activate(anyLong(), anyLong(), any());
    }
}
