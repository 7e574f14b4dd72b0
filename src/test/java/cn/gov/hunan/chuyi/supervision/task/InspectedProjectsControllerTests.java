package cn.gov.hunan.chuyi.supervision.task;

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

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Only province staff choose the projects a task inspects; a hidden task is not found. */
@ControllerSlice(InspectedProjectsController.class)
class InspectedProjectsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InspectedProjects projects;

    @Test
    void onlyProvinceStaffChooseTheProjects() throws Exception {
        SignedIn.rule(mvc, () -> post("/supervision/tasks/5/projects").param("projects", "11", "12"))
                .allows(redirectedUrl("/supervision/tasks/5"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(projects).choose(eq(5L), eq(Set.of(11L, 12L)), any());
    }

    @Test
    void choosingNoneClearsTheChoice() throws Exception {
        mvc.perform(post("/supervision/tasks/5/projects")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/supervision/tasks/5"))
                .andExpect(flash().attribute("success", "supervision.task.projectsSaved"));
        verify(projects).choose(eq(5L), eq(Set.of()), any());
    }

    @Test
    void aHiddenTaskIsNotFound() throws Exception {
        doThrow(new NotFoundException("task", 404)).when(projects).choose(eq(404L), any(), any());
        mvc.perform(post("/supervision/tasks/404/projects")
                        .param("projects", "11")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(projects, never()).choose(eq(5L), any(), any());
        verify(projects).choose(anyLong(), any(), any());
    }
}
