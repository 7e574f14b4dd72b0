package cn.gov.hunan.chuyi.organization;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.region.Regions;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation directory: who reads it, who records 省属 and 主管部门, and a refused change keeping its text. */
@ControllerSlice(OrganizationController.class)
class OrganizationControllerTests {

    private static final long SCHOOL = 31;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganizationDirectory directory;

    /** By its bean name: the list template asks it for each row's city ({@code @regionDirectory}). */
    @MockitoBean(name = "regionDirectory")
    RegionDirectory regions;

    @MockitoBean
    OrganizationDesignations designations;

    @MockitoBean
    OrganizationGroups groups;

    @BeforeEach
    void directory() {
        var school = Organizations.school(SCHOOL, "长沙航空职业技术学院");
        when(directory.search(any(), any(), any())).thenReturn(new PageImpl<>(List.of(school)));
        when(directory.get(eq(SCHOOL), any())).thenReturn(school);
        when(directory.get(eq(404L), any())).thenThrow(new NotFoundException("organization", 404));
        when(directory.page(eq(SCHOOL), any()))
                .thenReturn(new OrganizationDirectory.OrganizationPage(school, List.of(), false));
        when(directory.page(eq(404L), any())).thenThrow(new NotFoundException("organization", 404));
        when(regions.cities()).thenReturn(List.of(Regions.changsha()));
        when(regions.countiesOf(SignedIn.CITY)).thenReturn(List.of(Regions.liuyang()));
        when(regions.city(SignedIn.CITY)).thenReturn(Optional.of(Regions.changsha()));
    }

    @Test
    void theDirectoryIsReadByTheBusinessRoles() throws Exception {
        SignedIn.rule(mvc, () -> get("/organizations"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/organizations/" + SCHOOL))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void theListAsksTheDirectoryWithTheViewerAndTheFilter() throws Exception {
        mvc.perform(get("/organizations")
                        .param("city", SignedIn.CITY)
                        .param("q", "航空")
                        .with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长沙航空职业技术学院")))
                .andExpect(content().string(containsString("浏阳市")));
        var filter = ArgumentCaptor.forClass(OrganizationFilter.class);
        var viewer = ArgumentCaptor.forClass(PortalUser.class);
        verify(directory).search(filter.capture(), any(), viewer.capture());
        assertThat(filter.getValue().city()).isEqualTo(SignedIn.CITY);
        assertThat(filter.getValue().q()).isEqualTo("航空");
        assertThat(viewer.getValue().has(CITY_OFFICER)).isTrue();
    }

    @Test
    void anOrganisationTheViewerMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/organizations/404").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void onlyTheDepartmentRecordsWhoRunsAnOrganisation() throws Exception {
        SignedIn.rule(mvc, () -> get("/organizations/" + SCHOOL + "/administration"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/organizations/" + SCHOOL + "/administration")
                                .param("provinceRun", "true")
                                .param("competentAuthority", "湖南省教育厅")
                                .param("reason", "教育部名单")
                                .param("version", "4"))
                .allows(redirectedUrl("/organizations/" + SCHOOL), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(directory).changeAdministration(eq(SCHOOL), eq(true), eq("湖南省教育厅"), eq("教育部名单"), eq(4L), any());
    }

    @Test
    void aChangeWithoutAReasonComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/organizations/" + SCHOOL + "/administration")
                        .param("competentAuthority", "湘潭市教育局")
                        .param("reason", "")
                        .param("version", "4")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/administration"))
                .andExpect(model().attributeHasFieldErrors("form", "reason"))
                .andExpect(content().string(containsString("value=\"湘潭市教育局\"")))
                .andExpect(content().string(containsString("请填写修改依据")));
        verify(directory, never()).changeAdministration(anyLong(), anyBoolean(), any(), any(), anyLong(), any());
    }

    @Test
    void aChangeTheDirectoryRefusesComesBackWithItsReason() throws Exception {
        doThrow(new AdministrationRejected("organization.administration.error.unchanged"))
                .when(directory)
                .changeAdministration(anyLong(), anyBoolean(), any(), anyString(), anyLong(), any());
        mvc.perform(post("/organizations/" + SCHOOL + "/administration")
                        .param("competentAuthority", "长沙市教育局")
                        .param("reason", "核对")
                        .param("version", "4")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无需修改")))
                .andExpect(content().string(containsString("核对")));
    }

    @Test
    void aStaleChangeComesBackWithTheCurrentVersion() throws Exception {
        doThrow(new OptimisticLockException())
                .when(directory)
                .changeAdministration(anyLong(), anyBoolean(), any(), anyString(), anyLong(), any());
        mvc.perform(post("/organizations/" + SCHOOL + "/administration")
                        .param("competentAuthority", "长沙市教育局")
                        .param("reason", "核对")
                        .param("version", "2")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
    }
}
