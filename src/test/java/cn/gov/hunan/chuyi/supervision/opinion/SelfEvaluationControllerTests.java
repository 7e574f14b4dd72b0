package cn.gov.hunan.chuyi.supervision.opinion;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The self-evaluation (自评报告) of a task: the overseers and the inspected read it, only the inspected write it. */
@ControllerSlice(SelfEvaluationController.class)
class SelfEvaluationControllerTests {

    static final String PAGE = "/supervision/tasks/5/self-evaluation";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SelfEvaluationService evaluations;

    @BeforeEach
    void evaluations() {
        var plan = new PlanView(
                1,
                2026,
                "“双师型”教师队伍建设",
                "CITIES",
                0,
                PlanStatus.ACTIVE,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(),
                0);
        var task = new TaskView(
                5,
                1,
                2026,
                PlanStatus.ACTIVE,
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
        when(evaluations.page(eq(5L), any()))
                .thenReturn(new SelfEvaluationPage(task, plan, null, List.of(), false, false, false));
        when(evaluations.page(eq(404L), any())).thenThrow(new NotFoundException("task", 404));
    }

    @Test
    void theOverseersAndTheInspectedReadIt() throws Exception {
        SignedIn.rule(mvc, () -> get(PAGE))
                .allows(status().isOk(), PROVINCE_ADMIN, INSPECTOR, CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void onlyTheInspectedWriteIt() throws Exception {
        SignedIn.rule(mvc, () -> post(PAGE).param("narrative", "自评情况").param("version", "1"))
                .allows(redirectedUrl(PAGE), CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
        verify(evaluations)
                .save(eq(5L), eq("自评情况"), isNull(), eq(1L), eq(false), eq(false), eq(SignedIn.principal(CITY_OFFICER)));
    }

    @Test
    void submittingCarriesTheConfirmation() throws Exception {
        mvc.perform(post(PAGE)
                        .param("narrative", "自评情况")
                        .param("action", "submit")
                        .param("confirmed", "true")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("success", "supervision.selfEvaluation.submitted"));
        verify(evaluations).save(eq(5L), eq("自评情况"), isNull(), isNull(), eq(true), eq(true), any());
    }

    @Test
    void aHiddenTaskOrFileIsNotFound() throws Exception {
        mvc.perform(get("/supervision/tasks/404/self-evaluation").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        doThrow(new NotFoundException("file", 8)).when(evaluations).download(eq(5L), eq(8L), any());
        mvc.perform(get(PAGE + "/files/8").with(SignedIn.as(INSPECTOR))).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedDraftGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new OpinionRejected("supervision.selfEvaluation.error.narrative").at("narrative"))
                .when(evaluations)
                .save(anyLong(), any(), any(), any(), anyBoolean(), anyBoolean(), any());
        mvc.perform(post(PAGE)
                        .param("narrative", "太短")
                        .header("Referer", "http://localhost" + PAGE)
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("errorField", "narrative"));
        mvc.perform(get(PAGE).with(SignedIn.as(CITY_OFFICER)))
                .andExpect(content().string(containsString("长沙市")));
    }
}
