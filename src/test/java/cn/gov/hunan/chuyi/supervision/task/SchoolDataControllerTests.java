package cn.gov.hunan.chuyi.supervision.task;

import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A school's figures for its city's inspection: school administrators only; half a figure is refused. */
@ControllerSlice(SchoolDataController.class)
class SchoolDataControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SchoolDataService schoolData;

    @BeforeEach
    void page() {
        when(schoolData.page(any())).thenReturn(new SchoolDataService.SchoolDataPage(List.of(), List.of()));
    }

    @Test
    void onlySchoolAdministratorsReportFigures() throws Exception {
        SignedIn.rule(mvc, () -> get("/supervision/data"))
                .allows(status().isOk(), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/supervision/data/5").param("num_3", " 12 ").param("den_3", "40"))
                .allows(redirectedUrl("/supervision/data"), SCHOOL_ADMIN)
                .refusesTheRest();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<Long, int[]>> figures = ArgumentCaptor.forClass(Map.class);
        verify(schoolData).submit(eq(5L), figures.capture(), any());
        assertThat(figures.getValue()).containsOnlyKeys(3L);
        assertThat(figures.getValue().get(3L)).containsExactly(12, 40);
    }

    @Test
    void aNumeratorWithoutItsDenominatorIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/supervision/data/5")
                        .param("num_3", "12")
                        .param("den_3", " ")
                        .header("Referer", "http://localhost/supervision/data")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/supervision/data"))
                .andExpect(flash().attribute("errorKey", "supervision.task.error.figures"))
                .andExpect(result -> assertThat(result.getFlashMap().get("typed"))
                        .asInstanceOf(MAP)
                        .containsEntry("num_3", "12"));
        mvc.perform(post("/supervision/data/5")
                        .param("num_3", "十二")
                        .param("den_3", "40")
                        .header("Referer", "http://localhost/supervision/data")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(flash().attribute("errorKey", "supervision.task.error.figures"));
        verify(schoolData, never()).submit(anyLong(), any(), any());
    }

    @Test
    void aTaskHiddenFromTheSchoolIsNotFound() throws Exception {
        doThrow(new NotFoundException("task", 404)).when(schoolData).submit(eq(404L), any(), any());
        mvc.perform(post("/supervision/data/404")
                        .param("num_3", "1")
                        .param("den_3", "2")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
