package cn.gov.hunan.chuyi.group;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
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

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.organization.OrganizationDirectory;
import cn.gov.hunan.chuyi.organization.OrganizationKind;
import cn.gov.hunan.chuyi.organization.Organizations;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.region.Regions;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Vocational-education groups: who reads them, who sets one up, who changes its members; refusals keep the text. */
@ControllerSlice(GroupController.class)
class GroupControllerTests {

    private static final long GROUP = 5;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GroupService groups;

    @MockitoBean
    OrganizationDirectory organizations;

    @MockitoBean
    RegionDirectory regions;

    @BeforeEach
    void groups() {
        var summary = new GroupService.GroupSummary(
                GROUP, "湖南装备制造职业教育集团", SignedIn.ORGANIZATION, "浏阳市楚怡中等职业学校", LocalDate.of(2015, 6, 18), 1, false);
        var lead = new GroupService.MemberLine(
                1,
                SignedIn.ORGANIZATION,
                "浏阳市楚怡中等职业学校",
                OrganizationKind.SECONDARY_VOCATIONAL,
                SignedIn.CITY,
                LocalDate.of(2015, 6, 18),
                null,
                null,
                true);
        when(groups.search(any(), any())).thenReturn(new PageImpl<>(List.of(summary)));
        when(groups.list(any(), any(), any()))
                .thenReturn(new GroupService.ListPage(new PageImpl<>(List.of(summary)), null, false));
        when(groups.page(eq(GROUP), any()))
                .thenAnswer(call -> new GroupService.GroupPage(
                        summary,
                        "集团简介",
                        false,
                        List.of(lead),
                        List.of(),
                        Map.of(OrganizationKind.SECONDARY_VOCATIONAL, 1L),
                        List.of(),
                        call.<PortalUser>getArgument(1).organizationId() != null,
                        2));
        when(groups.page(eq(404L), any())).thenThrow(new NotFoundException("group", 404));
        when(groups.create(any(), anyLong(), any(), any(), any())).thenReturn(GROUP);
        when(organizations.pickList()).thenReturn(List.of(Organizations.ownSchool()));
        when(regions.cities()).thenReturn(List.of(Regions.changsha()));
    }

    @Test
    void groupsAreReadByTheBusinessRoles() throws Exception {
        SignedIn.rule(mvc, () -> get("/groups"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/groups/" + GROUP))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        mvc.perform(get("/groups/404").with(SignedIn.as(CITY_OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void theMemberFormsAreShownOnlyWhereTheServiceSaysSo() throws Exception {
        mvc.perform(get("/groups/" + GROUP).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(content().string(containsString("add-member-form")));
        mvc.perform(get("/groups/" + GROUP).with(SignedIn.as(CITY_OFFICER)))
                .andExpect(content().string(not(containsString("add-member-form"))));
    }

    @Test
    void onlyTheDepartmentSetsUpAGroup() throws Exception {
        SignedIn.rule(mvc, () -> get("/groups/new"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/groups")
                                .param("name", "湖南装备制造职业教育集团")
                                .param("lead", "101")
                                .param("foundedOn", "2015-06-18"))
                .allows(redirectedUrl("/groups/" + GROUP), PROVINCE_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aRefusedGroupComesBackWithWhatWasTypedAndTheReasonBesideItsField() throws Exception {
        doThrow(new GroupRejected("group.error.future").at("foundedOn"))
                .when(groups)
                .create(any(), anyLong(), any(), any(), any());
        mvc.perform(post("/groups")
                        .param("name", "湘江职教集团")
                        .param("lead", "101")
                        .param("foundedOn", "2099-01-01")
                        .param("description", "已填写的简介")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("group/form"))
                .andExpect(content().string(containsString("value=\"湘江职教集团\"")))
                .andExpect(content().string(containsString("已填写的简介")))
                .andExpect(content().string(containsString("value=\"2099-01-01\"")))
                .andExpect(content().string(containsString("日期不能晚于今天")));
    }

    @Test
    void membersAreChangedByTheDepartmentAndSchools() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/groups/" + GROUP + "/members")
                                .param("organization", "7")
                                .param("joinedOn", "2021-01-01"))
                .allows(redirectedUrl("/groups/" + GROUP), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/groups/" + GROUP + "/partners")
                                .param("name", "测试重工股份有限公司")
                                .param("kind", "ENTERPRISE")
                                .param("joinedOn", "2021-03-01"))
                .allows(redirectedUrl("/groups/" + GROUP), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/groups/" + GROUP + "/members/9/leave")
                                .param("leftOn", "2024-01-01")
                                .param("reason", "撤并"))
                .allows(redirectedUrl("/groups/" + GROUP), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
        verify(groups, times(2)).addMember(eq(GROUP), eq(7L), eq(LocalDate.of(2021, 1, 1)), any());
    }

    @Test
    void aRefusedMemberGoesBackToTheGroupWithTheReasonAndTheText() throws Exception {
        doThrow(new GroupRejected("group.error.beforeFounded").at("joinedOn"))
                .when(groups)
                .addMember(anyLong(), anyLong(), any(), any());
        mvc.perform(post("/groups/" + GROUP + "/members")
                        .param("organization", "7")
                        .param("joinedOn", "2010-01-01")
                        .header("Referer", "http://localhost/groups/" + GROUP)
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/groups/" + GROUP))
                .andExpect(flash().attribute("errorKey", "group.error.beforeFounded"))
                .andExpect(flash().attribute("errorField", "joinedOn"))
                .andExpect(flash().attribute(
                                "typed",
                                Map.of(
                                        "organization",
                                        "7",
                                        "joinedOn",
                                        "2010-01-01",
                                        "_action",
                                        "/groups/" + GROUP + "/members")));
    }
}
