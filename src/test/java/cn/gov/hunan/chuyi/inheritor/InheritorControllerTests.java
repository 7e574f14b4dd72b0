package cn.gov.hunan.chuyi.inheritor;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.region.RegionDirectory;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Spirit inheritors: the public list, nominations by schools, decisions by the department; refused forms keep their text. */
@ControllerSlice(InheritorController.class)
class InheritorControllerTests {

    private static final long PERSON = 21;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InheritorService inheritors;

    @MockitoBean
    RegionDirectory regions;

    @BeforeEach
    void inheritors() {
        var person = new InheritorView(
                PERSON,
                SignedIn.ORGANIZATION,
                "浏阳市楚怡中等职业学校",
                SignedIn.CITY,
                "李明",
                "教师",
                "带领学生获楚怡杯一等奖",
                InheritorStatus.NOMINATED,
                null,
                null,
                false,
                "school_admin",
                2);
        var award = new Award.AwardView(1, Competition.CHUYI_CUP, null, 2025, AwardLevel.PROVINCIAL, "一等奖");
        var line = new InheritorService.InheritorLine(person, List.of(award));
        when(inheritors.recognised(any(), any())).thenReturn(new PageImpl<>(List.of(line)));
        when(inheritors.search(any(), any(), any())).thenReturn(new PageImpl<>(List.of(line)));
        when(inheritors.publicPage(any(), any(), any()))
                .thenReturn(new InheritorService.PublicPage(new PageImpl<>(List.of(line)), false));
        when(inheritors.list(any(), any(), any()))
                .thenReturn(new InheritorService.ListPage(
                        new PageImpl<>(List.of(line)), List.of(InheritorStatus.values()), false));
        when(inheritors.page(eq(PERSON), any()))
                .thenReturn(new InheritorService.InheritorPage(
                        person, List.of(award), List.of(), false, false, false, false, false));
        when(inheritors.page(eq(404L), any())).thenThrow(new NotFoundException("inheritor", 404));
        when(inheritors.nominate(any(), any())).thenReturn(PERSON);
    }

    @Test
    void theRecognisedArePublicAndEverythingElseNeedsABusinessRole() throws Exception {
        SignedIn.rule(mvc, () -> get("/inheritors"))
                .allows(status().isOk(), Role.values())
                .openToVisitors(status().isOk())
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/inheritors/nominations"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/inheritors/" + PERSON))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        mvc.perform(get("/inheritors/404").with(SignedIn.as(CITY_OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void onlySchoolsNominateAndAddAwards() throws Exception {
        SignedIn.rule(mvc, () -> get("/inheritors/nominations/new"))
                .allows(status().isOk(), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/inheritors/nominations")
                                .param("name", "李明")
                                .param("position", "教师")
                                .param("achievements", "带领学生获奖")
                                .param("competition", "CHUYI_CUP")
                                .param("awardYear", "2025")
                                .param("level", "PROVINCIAL")
                                .param("award", "一等奖"))
                .allows(redirectedUrl("/inheritors/" + PERSON), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/inheritors/" + PERSON + "/awards")
                                .param("competition", "CHUYI_CUP")
                                .param("awardYear", "2025")
                                .param("level", "PROVINCIAL")
                                .param("award", "二等奖"))
                .allows(redirectedUrl("/inheritors/" + PERSON), SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void movesAreTheDepartmentsAndTheSchools() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/inheritors/" + PERSON + "/moves")
                                .param("move", "RECOGNISE")
                                .param("year", "2026")
                                .param("version", "2"))
                .allows(redirectedUrl("/inheritors/" + PERSON), PROVINCE_ADMIN, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aRefusedMoveGoesBackWithItsReason() throws Exception {
        doThrow(new InheritorRejected("inheritor.error.noAward"))
                .when(inheritors)
                .move(anyLong(), any(), any(), any(), anyLong(), any());
        mvc.perform(post("/inheritors/" + PERSON + "/moves")
                        .param("move", "RECOGNISE")
                        .param("year", "2026")
                        .param("version", "2")
                        .header("Referer", "http://localhost/inheritors/" + PERSON)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/inheritors/" + PERSON))
                .andExpect(flash().attribute("errorKey", "inheritor.error.noAward"));
    }

    @Test
    void aNominationWithoutAchievementsComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/inheritors/nominations")
                        .param("name", "王芳")
                        .param("position", "高级技师")
                        .param("achievements", "")
                        .param("competition", "CHUYI_CUP")
                        .param("awardYear", "2025")
                        .param("level", "PROVINCIAL")
                        .param("award", "金奖")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("inheritor/form"))
                .andExpect(model().attributeHasFieldErrors("form", "achievements"))
                .andExpect(content().string(containsString("value=\"王芳\"")))
                .andExpect(content().string(containsString("value=\"高级技师\"")))
                .andExpect(content().string(containsString("请填写主要事迹")));
        verify(inheritors, never()).nominate(any(), any());
    }

    @Test
    void anOtherCompetitionWithoutItsNameComesBackBesideThatField() throws Exception {
        doThrow(new InheritorRejected("inheritor.error.competitionName"))
                .when(inheritors)
                .nominate(any(), any());
        mvc.perform(post("/inheritors/nominations")
                        .param("name", "王芳")
                        .param("position", "高级技师")
                        .param("achievements", "事迹")
                        .param("competition", "OTHER")
                        .param("awardYear", "2025")
                        .param("level", "PROVINCIAL")
                        .param("award", "金奖")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "competitionName"))
                .andExpect(content().string(containsString("须填写名称")));
    }
}
