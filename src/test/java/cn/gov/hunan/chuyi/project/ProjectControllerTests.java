package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static cn.gov.hunan.chuyi.project.ProjectViews.PROGRAM;
import static cn.gov.hunan.chuyi.project.ProjectViews.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.project.evaluation.EvaluationPages;
import cn.gov.hunan.chuyi.project.evaluation.EvaluationView;
import cn.gov.hunan.chuyi.project.evaluation.Grade;
import cn.gov.hunan.chuyi.project.evaluation.LifePages;
import cn.gov.hunan.chuyi.project.funds.FundService;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project register: read by the business roles, kept by the department; revoking asks first and never names a
 * project the viewer may not see.
 */
@ControllerSlice(ProjectController.class)
class ProjectControllerTests {

    private static final String ONE = "/projects/" + PROJECT;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectService projects;

    @MockitoBean
    ProjectPages pages;

    @MockitoBean
    ProgramCatalogue programs;

    @MockitoBean
    OrganizationDirectory organizations;

    @MockitoBean
    ReportReminders reportReminders;

    @MockitoBean
    LifePages life;

    @MockitoBean
    FundService funds;

    @BeforeEach
    void register() {
        when(pages.list(any(), any(), any(), any())).thenReturn(ProjectViews.list());
        when(pages.page(eq(PROJECT), any())).thenReturn(ProjectViews.page());
        when(pages.page(eq(404L), any())).thenThrow(new NotFoundException("project", 404L));
        when(life.page(any(), any())).thenReturn(LifePages.empty());
        when(projects.all(any(), any())).thenReturn(List.of(ProjectViews.project()));
        when(projects.get(eq(PROJECT), any())).thenReturn(ProjectViews.project());
        when(projects.get(eq(404L), any())).thenThrow(new NotFoundException("project", 404L));
        when(programs.all()).thenReturn(List.of(Programs.school(PROGRAM)));
        when(organizations.search(any(), any(), any())).thenReturn(Page.empty());
        when(projects.register(any(), anyLong(), any(), anyInt(), any(), any(), anyInt(), any()))
                .thenReturn(PROJECT);
    }

    @Test
    void theRegisterIsReadByTheBusinessRoles() throws Exception {
        for (String page : List.of("/projects", "/projects/print", ONE)) {
            SignedIn.rule(mvc, () -> get(page))
                    .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                    .refusesTheRest();
        }
    }

    @Test
    void theRegisterIsFilteredByTierAndOverdueReportsAndThePrintToo() throws Exception {
        mvc.perform(get("/projects")
                        .param("year", "2025")
                        .param("tier", "UNSET")
                        .param("overdue", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk());
        verify(pages).list(eq(new ProjectFilter(null, null, 2025, null, Tier.UNSET, true)), any(), any(), any());
        mvc.perform(get("/projects/print").param("tier", "A").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk());
        verify(projects).all(eq(new ProjectFilter(null, null, null, null, Tier.A, false)), any());
    }

    @Test
    void aProjectTheServiceHidesIsNotFound() throws Exception {
        mvc.perform(get("/projects/404").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void onlyTheDepartmentRegistersAProject() throws Exception {
        SignedIn.rule(mvc, () -> get("/projects/new"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/projects")
                                .param("program", PROGRAM)
                                .param("organization", "101")
                                .param("title", "测试实训基地")
                                .param("year", "2025")
                                .param("documentNumber", "湘教通〔2025〕2号"))
                .allows(redirectedUrl(ONE), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(projects).register(PROGRAM, 101L, "测试实训基地", 2025, null, "湘教通〔2025〕2号", 3, "province_admin");
    }

    @Test
    void onlyTheDepartmentRevokesAndOnlyConfirmed() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(ONE + "/revoke")
                                .param("reason", "未按期建设")
                                .param("version", "2")
                                .param("confirmed", "true"))
                .allows(redirectedUrl(ONE), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(projects).revoke(eq(PROJECT), eq("未按期建设"), eq(2L), any());
    }

    @Test
    void aRevocationWithoutConfirmationAsksFirstKeepingTheReason() throws Exception {
        mvc.perform(post(ONE + "/revoke")
                        .param("reason", "未按期建设")
                        .param("version", "2")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("撤销“测试实训基地”后")))
                .andExpect(content().string(containsString("value=\"未按期建设\"")));
        verify(projects, never()).revoke(anyLong(), any(), anyLong(), any());
    }

    @Test
    void aHiddenProjectIsNotFoundAndNeverNamedByTheConfirmation() throws Exception {
        mvc.perform(post("/projects/404/revoke")
                        .param("reason", "x")
                        .param("version", "2")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(projects, never()).revoke(anyLong(), any(), anyLong(), any());
    }

    @Test
    void aRefusedRevocationGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new ProjectRejected("project.error.reason").at("reason"))
                .when(projects)
                .revoke(eq(PROJECT), any(), eq(2L), any());
        mvc.perform(post(ONE + "/revoke")
                        .param("reason", "  ")
                        .param("version", "2")
                        .param("confirmed", "true")
                        .header("Referer", ONE)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(ONE))
                .andExpect(flash().attribute("errorField", "reason"))
                .andExpect(flash().attribute("typed", hasEntry("reason", "  ")));
    }

    /**
     * The demo's exited project (/projects/14): its mid-term line showed "—" where the panel's 不合格 belongs (graded
     * without a score), and why it ended sat at the end of the summary as a "reason for revoking"; the English page
     * said "Task book" twice, as the heading and as the button under it.
     */
    @Test
    void anExitedProjectShowsItsMidtermGradeAndWhyItEndedAndTheTaskBookIsNamedOnce() throws Exception {
        var p = ProjectViews.project();
        var exited = new ProjectView(
                p.id(),
                p.programCode(),
                p.organizationId(),
                p.organizationName(),
                p.cityCode(),
                p.title(),
                2022,
                3,
                ProjectStatus.EXITED,
                "B",
                p.documentNumber(),
                null,
                true,
                null,
                "校企合作协议未落实",
                LocalDate.of(2026, 2, 5),
                null,
                null,
                null,
                "逾期未完成整改",
                5);
        when(pages.page(eq(PROJECT), any()))
                .thenReturn(new ProjectPages.ProjectPage(
                        exited, Programs.school(PROGRAM), List.of(), List.of(), List.of(), false));
        var failed = new EvaluationView(
                1L,
                PROJECT,
                Grade.Kind.MIDTERM,
                Grade.UNQUALIFIED,
                "校企合作协议未落实",
                LocalDate.of(2026, 2, 5),
                LocalDate.of(2026, 6, 5),
                ProjectStatus.UNDER_CONSTRUCTION,
                ProjectStatus.ON_WARNING,
                "admin",
                List.of());
        var empty = LifePages.empty();
        when(life.page(any(), any()))
                .thenReturn(new LifePages.LifePage(
                        new EvaluationPages.EvaluationPage(List.of(failed), List.of(), false, null, false),
                        empty.adjustment(),
                        List.of()));
        String zh = mvc.perform(get(ONE).with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String midterm = zh.substring(zh.indexOf("id=\"midterm\""), zh.indexOf("</dd>", zh.indexOf("id=\"midterm\"")));
        assertThat(midterm).contains("2026-02-05", "· 不合格", "· 校企合作协议未落实").doesNotContain("—");
        // why it ended: first, under the status badge, named for how it ended
        assertThat(zh).contains("id=\"end-reason\"").contains("退出理由：逾期未完成整改").doesNotContain("撤销理由");
        assertThat(zh.indexOf("id=\"end-reason\"")).isLessThan(zh.indexOf("id=\"midterm\""));
        String en = mvc.perform(get(ONE).param("lang", "en").with(SignedIn.as(PROVINCE_ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(en).contains("· Unqualified").contains("Reason for the exit: 逾期未完成整改");
        assertThat(en.split(">Task book<", -1)).as("the heading, once").hasSize(2);
        assertThat(en).contains(">Open the task book and its change requests</a>");
    }

    @Test
    void theScoreFormIsGoneTheGradeFormIsTheOneWayToEvaluate() throws Exception {
        mvc.perform(post(ONE + "/evaluation")
                        .param("to", "MIDTERM_PASSED")
                        .param("version", "2")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/projects")
                        .param("program", PROGRAM)
                        .param("organization", "101")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(ONE + "/revoke")
                        .param("version", "2")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(projects, never()).register(any(), anyLong(), any(), anyInt(), any(), any(), anyInt(), any());
        verify(projects, never()).revoke(anyLong(), any(), anyLong(), any());
    }
}
