package cn.gov.hunan.chuyi.supervision.task;

import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.plan.IndicatorView;
import cn.gov.hunan.chuyi.supervision.plan.PlanService;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
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

    /** 娄底's task page of the plan with these earlier years and one indicator's school figures, offering nothing. */
    private static TaskPage loudiTask(PlanView plan, Map<String, List<EarlierFigure>> earlier, SchoolReturn schools) {
        return new TaskPage(
                Inspections.loudi(),
                plan,
                List.of(),
                List.of(),
                earlier,
                Map.of(1L, schools),
                List.of(),
                false,
                false,
                false,
                false,
                false,
                false);
    }

    /**
     * The browser walk found "2025：42.6%" on the English page (the full-width colon was typed in the service),
     * "新化县楚怡工业学校: 86 / 172 (50.0%)" with ASCII punctuation on the Chinese page (typed in the template), and
     * "2 school(s)": each line is now worded by a message in the viewer's language.
     */
    @Test
    void theEarlierYearsAndTheSchoolsLinesAreWordedInTheViewersLanguage() throws Exception {
        String name = "“双师型”教师占专业课教师比例";
        var indicator = new IndicatorView(1L, name, new BigDecimal("100"), null, "双师型教师数", "专业课教师数", null);
        var plan = new PlanView(
                1,
                2026,
                "“双师型”教师队伍建设",
                "CITIES",
                0,
                PlanStatus.ACTIVE,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(indicator),
                0);
        var schools = List.of(
                new SchoolReturn.Line(7, "新化县楚怡工业学校", 86, 172, new BigDecimal("50.0")),
                new SchoolReturn.Line(8, "娄底职业技术学院", 40, 80, new BigDecimal("50.0")));
        when(pages.page(eq(5L), any()))
                .thenReturn(loudiTask(
                        plan,
                        Map.of(
                                name,
                                List.of(
                                        new EarlierFigure(2025, new BigDecimal("42.6")),
                                        new EarlierFigure(2024, new BigDecimal("40.0")))),
                        new SchoolReturn(1L, schools, 126, 252)));
        when(organizations.search(any(), any(), any())).thenReturn(Page.empty());
        when(projects.page(eq(5L), any())).thenReturn(new TaskProjectsPage(List.of(), List.of(), false));

        mvc.perform(get(TASK).param("lang", "zh-CN").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025：42.6%")))
                .andExpect(content().string(containsString("2024：40.0%")))
                .andExpect(content().string(containsString("新化县楚怡工业学校：86 / 172（50.0%）")))
                .andExpect(content().string(containsString("学校报送：2 所学校，合计 126 / 252（50.0%）")));
        mvc.perform(get(TASK).param("lang", "en").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025: 42.6%")))
                .andExpect(content().string(not(containsString("2025："))))
                .andExpect(content().string(containsString("新化县楚怡工业学校: 86 / 172 (50.0%)")))
                .andExpect(content().string(containsString("2 schools, together 126 / 252 (50.0%)")))
                .andExpect(content().string(not(containsString("school(s)"))));

        when(pages.page(eq(5L), any()))
                .thenReturn(loudiTask(plan, Map.of(), new SchoolReturn(1L, schools.subList(0, 1), 86, 172)));
        mvc.perform(get(TASK).param("lang", "en").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("1 school, together 86 / 172 (50.0%)")));
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
