package cn.gov.hunan.chuyi.supervision.finding;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.task.TaskStatus;
import cn.gov.hunan.chuyi.supervision.task.TaskView;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A city's rectification on its task: who reads it, who files the report, who records an interview. */
@ControllerSlice(CityRectificationController.class)
class CityRectificationControllerTests {

    static final String PAGE = "/supervision/tasks/5/rectification";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CityRectificationService cities;

    @BeforeEach
    void cities() {
        var task = new TaskView(
                5,
                1,
                2026,
                PlanStatus.PUBLISHED,
                "430100",
                "长沙市",
                null,
                null,
                TaskStatus.PLANNED,
                null,
                null,
                List.of(),
                List.of(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                0);
        when(cities.page(eq(5L), any()))
                .thenReturn(new CityRectificationPage(task, null, List.of(), 1, 0, 2, false, false));
        when(cities.page(eq(404L), any())).thenThrow(new NotFoundException("task", 404));
        when(cities.download(eq(5L), eq(9L), any()))
                .thenReturn(new FindingService.Evidence(
                        "整改报告.pdf", "application/pdf", new ByteArrayResource("%PDF".getBytes())));
    }

    @Test
    void theOverseersAndTheCityReadIt() throws Exception {
        SignedIn.rule(mvc, () -> get(PAGE))
                .allows(status().isOk(), PROVINCE_ADMIN, INSPECTOR, CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(PAGE + "/files/9"))
                .allows(status().isOk(), PROVINCE_ADMIN, INSPECTOR, CITY_OFFICER)
                .refusesTheRest();
    }

    @Test
    void onlyTheCityFilesTheReportAndOnlyTheDepartmentRecordsAnInterview() throws Exception {
        SignedIn.rule(mvc, () -> post(PAGE + "/report").param("narrative", "已整改"))
                .allows(redirectedUrl(PAGE), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(PAGE + "/interviews")
                                .param("heldOn", "2027-01-10")
                                .param("participants", "市教育局")
                                .param("notes", "约谈记录"))
                .allows(redirectedUrl(PAGE), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(cities).recordInterview(eq(5L), eq(LocalDate.of(2027, 1, 10)), eq("市教育局"), eq("约谈记录"), any(), any());
    }

    @Test
    void theEvidenceIsADownload() throws Exception {
        mvc.perform(get(PAGE + "/files/9").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void aHiddenTaskIsNotFound() throws Exception {
        mvc.perform(get("/supervision/tasks/404/rectification").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        doThrow(new NotFoundException("file", 8)).when(cities).download(eq(5L), eq(8L), any());
        mvc.perform(get(PAGE + "/files/8").with(SignedIn.as(CITY_OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedInterviewGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new FindingRejected("supervision.interview.error.date").at("heldOn"))
                .when(cities)
                .recordInterview(anyLong(), any(), any(), any(), any(), any());
        mvc.perform(post(PAGE + "/interviews")
                        .param("participants", "市教育局")
                        .param("notes", "约谈记录")
                        .header("Referer", "http://localhost" + PAGE)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("errorField", "heldOn"))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("typed")).asString().contains("notes=约谈记录"));
        mvc.perform(get(PAGE).with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("长沙市")));
    }
}
