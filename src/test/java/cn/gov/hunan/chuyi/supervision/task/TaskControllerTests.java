package cn.gov.hunan.chuyi.supervision.task;

import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A task's team and report (the first part of this slice): the department names the team, the lead reports. */
@ControllerSlice(TaskController.class)
class TaskControllerTests {

    static final String TASK = "/supervision/tasks/5";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaskService supervision;

    @MockitoBean
    TaskPages pages;

    @MockitoBean
    PlanService plans;

    @MockitoBean
    OrganizationDirectory organizations;

    @MockitoBean
    InspectedProjects projects;

    @Test
    void onlyTheDepartmentNamesTheTeamAndOnlyTheLeadReports() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(TASK + "/team")
                                .param("lead", "5")
                                .param("members", "6", "7")
                                .param("visitFrom", "2026-11-02")
                                .param("visitTo", "2026-11-04"))
                .allows(redirectedUrl(TASK), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(supervision)
                .assignTeam(
                        eq(5L),
                        eq(5L),
                        eq(Set.of(6L, 7L)),
                        eq(LocalDate.of(2026, 11, 2)),
                        eq(LocalDate.of(2026, 11, 4)),
                        any());
        SignedIn.rule(mvc, () -> post(TASK + "/report").param("summary", "督导报告"))
                .allows(redirectedUrl(TASK), INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void aTeamWithoutALeadGoesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post(TASK + "/team")
                        .param("members", "6")
                        .param("visitFrom", "2026-11-02")
                        .header("Referer", "http://localhost" + TASK)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(TASK))
                .andExpect(flash().attribute("errorKey", "supervision.task.error.lead"))
                .andExpect(flash().attributeExists("typed"));
        verify(supervision, never()).assignTeam(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void aHiddenTaskIsNotFound() throws Exception {
        doThrow(new NotFoundException("task", 404)).when(supervision).report(eq(404L), any(), any());
        mvc.perform(post("/supervision/tasks/404/report")
                        .param("summary", "x")
                        .with(SignedIn.as(INSPECTOR))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
