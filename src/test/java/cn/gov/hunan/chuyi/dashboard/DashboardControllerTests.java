package cn.gov.hunan.chuyi.dashboard;

import static cn.gov.hunan.chuyi.account.Role.AUDITOR;
import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.Organizations;
import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.project.ProjectStatus;
import cn.gov.hunan.chuyi.project.ReportTracker;
import cn.gov.hunan.chuyi.project.adjustment.AdjustmentService;
import cn.gov.hunan.chuyi.project.funds.FundOverviews;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.region.Regions;
import cn.gov.hunan.chuyi.selection.PublicityService;
import cn.gov.hunan.chuyi.supervision.RectificationService;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Every signed-in user lands on the dashboard; the department gets the province's figures, everyone else their roles. */
@ControllerSlice(DashboardController.class)
class DashboardControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AdminFigures figures;

    @MockitoBean
    RegionDirectory regions;

    @MockitoBean
    OrganizationDirectory organizations;

    @MockitoBean
    PublicityService publicity;

    @MockitoBean
    FundOverviews funds;

    @MockitoBean
    AdjustmentService adjustments;

    @BeforeEach
    void figures() {
        var program = Programs.school("CHUYI_SECONDARY");
        when(figures.current(any()))
                .thenReturn(new AdminFigures.Figures(
                        List.of(program),
                        List.of(new ProgramProgress(
                                program,
                                Map.of(ProjectStatus.values()[0], 12L),
                                new ReportTracker.ProgramReports(12, 9, 2))),
                        List.of(new CityProgress(Regions.changsha(), null, Map.of(program.code(), 3L))),
                        4,
                        List.of(new RectificationService.CityRectifications("430100", "长沙市", 5, 2, 7)),
                        2,
                        0,
                        List.of(),
                        new HashMap<>(),
                        Instant.now()));
        when(publicity.openObjections()).thenReturn(1L);
        when(regions.city(SignedIn.CITY)).thenReturn(Optional.of(Regions.changsha()));
        when(organizations.find(SignedIn.ORGANIZATION)).thenReturn(Optional.of(Organizations.ownSchool()));
    }

    @Test
    void everySignedInUserLandsHere() throws Exception {
        SignedIn.rule(mvc, () -> get("/"))
                .allows(status().isOk(), Role.values())
                .refusesTheRest();
    }

    @Test
    void theDepartmentSeesTheProvincesFiguresAndTheOpenObjections() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(view().name("dashboard/admin"))
                .andExpect(content().string(containsString("progress-CHUYI_SECONDARY")))
                .andExpect(content().string(containsString("open-objections")));
    }

    @Test
    void theDepartmentSeesEachCitysOpenOverdueAndClosedItems() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("rectification-430100")))
                .andExpect(content().string(containsString("/rectifications?city=430100")));
    }

    @Test
    void theRectificationTableNamesTheCitiesInTheViewersLanguage() throws Exception {
        when(regions.cities()).thenReturn(List.of(Regions.changsha()));
        mvc.perform(get("/").param("lang", "en").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("/rectifications?city=430100\">Changsha</a>")))
                .andExpect(content().string(not(containsString(">长沙市</a>"))));
        mvc.perform(get("/").param("lang", "zh-CN").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("/rectifications?city=430100\">长沙市</a>")));
    }

    @Test
    void theNoteUnderTheCitiesSaysProjectsOnWarningAreCounted() throws Exception {
        // the cities' counts take every status that holds a slot of the target, a warning among them
        assertThat(ProjectStatus.ON_WARNING.countsTowardTarget()).isTrue();
        mvc.perform(get("/").param("lang", "zh-CN").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("建设中、中期评估通过、预警和验收通过的项目")));
        mvc.perform(get("/").param("lang", "en").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(
                        content().string(containsString("under construction, past mid-term, on warning or accepted")));
    }

    @Test
    void everyoneElseSeesTheirRolesCityAndSchoolButNoFigures() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(view().name("dashboard/landing"))
                .andExpect(content().string(containsString("role-CITY_OFFICER")))
                .andExpect(content().string(containsString("长沙市")));
        mvc.perform(get("/").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(content().string(containsString("浏阳市楚怡中等职业学校")));
        mvc.perform(get("/").with(SignedIn.as(AUDITOR)))
                .andExpect(view().name("dashboard/landing"))
                .andExpect(content().string(not(containsString("id=\"progress-"))));
        verify(figures, never()).current(any());
        verify(publicity, never()).openObjections();
    }
}
