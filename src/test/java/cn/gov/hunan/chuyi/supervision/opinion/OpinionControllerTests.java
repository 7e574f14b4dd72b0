package cn.gov.hunan.chuyi.supervision.opinion;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
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

/** The opinion's moves (the first of this controller's slice): who records, replies and finalises, and the reply asks first. */
@ControllerSlice(OpinionController.class)
class OpinionControllerTests {

    static final String OPINION = "/supervision/tasks/5/opinion";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OpinionService opinions;

    @MockitoBean
    OpinionDocuments documents;

    @BeforeEach
    void opinions() {
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
        when(opinions.page(eq(5L), any()))
                .thenReturn(
                        new OpinionPage(task, plan, null, List.of(), null, true, false, false, false, false, false));
        when(opinions.page(eq(404L), any())).thenThrow(new NotFoundException("task", 404));
    }

    @Test
    void theLeadRecordsAndFinalisesTheInspectedReply() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(OPINION + "/preliminary")
                                .param("preliminary", "初步意见")
                                .param("replyBy", "2026-12-10")
                                .param("version", "1"))
                .allows(redirectedUrl(OPINION), INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(OPINION + "/reply")
                                .param("reply", "无异议")
                                .param("version", "2")
                                .param("confirmed", "true"))
                .allows(redirectedUrl(OPINION), CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(OPINION + "/finalise").param("version", "3").param("confirmed", "true"))
                .allows(redirectedUrl(OPINION), INSPECTOR)
                .refusesTheRest();
        verify(opinions).recordPreliminary(5L, "初步意见", LocalDate.of(2026, 12, 10), 1L, SignedIn.principal(INSPECTOR));
    }

    @Test
    void theReplyWithoutConfirmationAsksFirstWithTheText() throws Exception {
        mvc.perform(post(OPINION + "/reply")
                        .param("reply", "无异议")
                        .param("version", "2")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("长沙市")))
                .andExpect(content().string(containsString("value=\"无异议\"")));
        verify(opinions, never()).reply(anyLong(), any(), any(), any());
    }

    @Test
    void aHiddenTaskIsNotFoundAndNeverAsks() throws Exception {
        mvc.perform(post("/supervision/tasks/404/opinion/finalise")
                        .param("version", "3")
                        .with(SignedIn.as(INSPECTOR))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(opinions, never()).finalise(anyLong(), any(), any());
    }

    @Test
    void aPreliminaryWithoutADateGoesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post(OPINION + "/preliminary")
                        .param("preliminary", "初步意见")
                        .header("Referer", "http://localhost" + OPINION)
                        .with(SignedIn.as(INSPECTOR))
                        .with(csrf()))
                .andExpect(redirectedUrl(OPINION))
                .andExpect(flash().attribute("errorField", "replyBy"));
        verify(opinions, never()).recordPreliminary(anyLong(), any(), any(), any(), any());
    }

    @Test
    void onlyTheDepartmentIssuesAndItAsksFirst() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(OPINION + "/issue")
                                .param("documentNumber", "湘教督〔2026〕12号")
                                .param("evaluation", "总体良好")
                                .param("version", "4")
                                .param("confirmed", "true"))
                .allows(redirectedUrl(OPINION), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(opinions).issue(eq(5L), eq("湘教督〔2026〕12号"), eq("总体良好"), eq(Map.of()), eq(4L), any());
        mvc.perform(post(OPINION + "/issue")
                        .param("documentNumber", "湘教督〔2026〕12号")
                        .param("evaluation", "总体良好")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("value=\"总体良好\"")));
    }

    @Test
    void anIssueWithoutANumberGoesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post(OPINION + "/issue")
                        .param("documentNumber", " ")
                        .param("evaluation", "总体良好")
                        .param("confirmed", "true")
                        .header("Referer", "http://localhost" + OPINION)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(OPINION))
                .andExpect(flash().attribute("errorField", "documentNumber"));
        verify(opinions, never()).issue(anyLong(), any(), any(), any(), any(), any());
    }
}
