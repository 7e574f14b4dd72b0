package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static cn.gov.hunan.chuyi.project.ProjectViews.PROGRAM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Who has filed which report, and the register as Excel: the filing to those who file or follow it, the register wider. */
@ControllerSlice(ReportStatusController.class)
class ReportStatusControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportTracker tracker;

    @MockitoBean
    ProjectService projects;

    @MockitoBean
    ProjectExports exports;

    @MockitoBean
    ProgramCatalogue programs;

    @MockitoBean
    ReportReminders reminders;

    @BeforeEach
    void tracker() {
        // a workbook is written once: each request gets its own
        when(tracker.page(any(), any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(ProjectViews.owed())));
        when(tracker.owed(any(), any(), any(), any())).thenReturn(List.of(ProjectViews.owed()));
        when(programs.all()).thenReturn(List.of(Programs.school(PROGRAM)));
        when(projects.all(any(), any())).thenReturn(List.of(ProjectViews.project()));
        when(exports.reportStatus(any(), any())).thenAnswer(call -> new Spreadsheet("报送情况").row("测试实训基地"));
        when(exports.register(any(), any())).thenAnswer(call -> new Spreadsheet("立项项目").row("测试实训基地"));
    }

    @Test
    void theFilingIsFollowedByTheDepartmentTheCitiesAndTheSchools() throws Exception {
        SignedIn.rule(mvc, () -> get("/projects/reports"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/projects/reports.xlsx").param("state", "MISSING"))
                .allows(content().contentType(Spreadsheet.XLSX), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void theRegisterWorkbookIsForEveryBusinessRole() throws Exception {
        SignedIn.rule(mvc, () -> get("/projects/export.xlsx"))
                .allows(
                        content().contentType(Spreadsheet.XLSX),
                        PROVINCE_ADMIN,
                        CITY_OFFICER,
                        SCHOOL_ADMIN,
                        EXPERT,
                        INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void theRegisterWorkbookHonoursTheRegisterFilters() throws Exception {
        mvc.perform(get("/projects/export.xlsx")
                        .param("program", PROGRAM)
                        .param("tier", "B")
                        .param("overdue", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk());
        verify(projects).all(eq(new ProjectFilter(PROGRAM, null, null, null, Tier.B, true)), any());
    }
}
