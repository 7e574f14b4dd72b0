package cn.gov.hunan.chuyi.selection.round;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
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

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rounds' pages: who reads them, who sets one up and moves it, a refused form keeping its text, asking first. */
@ControllerSlice(RoundController.class)
class RoundControllerTests {

    private static final String PROGRAM = "CULTURE_BASE";
    private static final long HIDDEN = 99;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoundService rounds;

    @MockitoBean
    RoundPages pages;

    @MockitoBean
    ProgramCatalogue programs;

    private final RoundSummary open = Rounds.open().toSummary();

    @BeforeEach
    void rounds() {
        when(pages.list(any(), any(), any(), any(), any()))
                .thenAnswer(call -> new RoundList(
                        new PageImpl<>(List.of(open), call.getArgument(3), 1),
                        List.of(Programs.school(PROGRAM)),
                        List.of(),
                        call.<PortalUser>getArgument(4).has(PROVINCE_ADMIN)));
        when(pages.detail(eq(1L), any()))
                .thenAnswer(call -> RoundPage.of(
                        open,
                        Programs.school(PROGRAM),
                        List.of(),
                        Map.of(),
                        null,
                        List.of(),
                        0,
                        false,
                        call.getArgument(1)));
        when(pages.detail(eq(HIDDEN), any())).thenThrow(new NotFoundException("round", HIDDEN));
        when(rounds.get(eq(1L), any())).thenReturn(open);
        when(rounds.get(eq(HIDDEN), any())).thenThrow(new NotFoundException("round", HIDDEN));
        when(rounds.programsForRounds())
                .thenReturn(List.of(Programs.school(PROGRAM), Programs.school("CHUYI_SECONDARY")));
        when(rounds.defaultCriteria(anyString())).thenReturn(Rounds.twoCriteria());
        when(programs.get(PROGRAM)).thenReturn(Programs.school(PROGRAM));
        when(rounds.create(eq(PROGRAM), any(), eq("province_admin"))).thenReturn(7L);
    }

    /** A complete, valid round form. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, String title) {
        return post.param("programCode", PROGRAM)
                .param("year", "2026")
                .param("title", title)
                .param("quota", "10")
                .param("nominationOpensAt", "2026-06-01T09:00")
                .param("nominationClosesAt", "2026-06-30T17:00")
                .param("cityDeadline", "2026-07-10T17:00")
                .param("reviewEndsAt", "2026-08-01T17:00")
                .param("publicityDays", "7")
                .param("expertsPerNomination", "3")
                .param("nominationsPerOrganization", "1")
                .param("eligibleKinds", "SECONDARY_VOCATIONAL")
                .param("criteria[0].name", "基础")
                .param("criteria[0].maxScore", "100")
                .param("criteria[0].weight", "1")
                .param("version", "4");
    }

    @Test
    void theRoundsAreReadByEveryRoleThatTakesPart() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/rounds/1"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT)
                .refusesTheRest();
    }

    @Test
    void aRoundTheViewerMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/rounds/" + HIDDEN).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(get("/rounds/" + HIDDEN + "/edit").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/rounds/" + HIDDEN + "/transition")
                        .param("move", "CLOSE_NOMINATIONS")
                        .param("version", "1")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(rounds, never()).move(anyLong(), any(), any(), anyLong(), any());
    }

    @Test
    void onlyTheDepartmentSetsUpARound() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds/new").param("program", PROGRAM))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> form(post("/rounds"), "2026年楚怡文化传承基地遴选"))
                .allows(redirectedUrl("/rounds/7"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(rounds).create(eq(PROGRAM), any(), eq("province_admin"));
    }

    @Test
    void theNewRoundFormWithoutAProgrammeOffersOne() throws Exception {
        mvc.perform(get("/rounds/new").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/round/form"));
    }

    /**
     * BUG (RoundController.showNewForm): without {@code ?program} the form takes {@code programsForRounds().get(1)},
     * the second programme: with a single round-eligible programme the page is a 500 (IndexOutOfBoundsException),
     * with several it preselects an arbitrary one. Fix: take the first ({@code get(0)}), or ask for the programme
     * when there is none. Enable this test with the fix.
     */
    @Test
    void theNewRoundFormWithOneProgrammeOffersIt() throws Exception {
        when(rounds.programsForRounds()).thenReturn(List.of(Programs.school(PROGRAM)));
        mvc.perform(get("/rounds/new").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", hasProperty("programCode", equalTo(PROGRAM))));
    }

    @Test
    void onlyTheDepartmentEditsARound() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds/1/edit"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> form(post("/rounds/1"), "改名后的遴选"))
                .allows(redirectedUrl("/rounds/1"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(rounds).update(eq(1L), any(), eq(4L), eq("province_admin"));
    }

    @Test
    void aRoundFormWithoutATitleComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(form(post("/rounds"), " ")
                        .param("quotaOverrideReason", "名额调剂说明")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/round/form"))
                .andExpect(model().attributeHasFieldErrors("form", "title"))
                .andExpect(content().string(containsString("名额调剂说明")))
                .andExpect(content().string(containsString("value=\"基础\"")));
        verify(rounds, never()).create(anyString(), any(), anyString());
    }

    @Test
    void aRoundTheServiceRefusesComesBackWithItsReasonAndTheText() throws Exception {
        doThrow(new RoundRejected("selection.round.error.quotaExceedsTarget", 3))
                .when(rounds)
                .update(eq(1L), any(), eq(4L), eq("province_admin"));
        mvc.perform(form(post("/rounds/1"), "被拒绝的遴选")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/round/form"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("被拒绝的遴选")));
    }

    @Test
    void aStaleRoundFormComesBackWithWhatWasTyped() throws Exception {
        doThrow(new OptimisticLockException()).when(rounds).update(eq(1L), any(), eq(4L), eq("province_admin"));
        mvc.perform(form(post("/rounds/1"), "过期的表单")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("过期的表单")));
    }

    @Test
    void onlyTheDepartmentMovesARoundAndOnlyOnceConfirmed() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/rounds/1/transition")
                                .param("move", "CLOSE_NOMINATIONS")
                                .param("version", "4")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/rounds/1"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(rounds).move(eq(1L), eq(RoundMove.CLOSE_NOMINATIONS), any(), eq(4L), any());
    }

    @Test
    void aMoveWithoutConfirmationIsAskedAboutFirst() throws Exception {
        mvc.perform(post("/rounds/1/transition")
                        .param("move", "CLOSE_NOMINATIONS")
                        .param("version", "4")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(model().attribute("consequence", "selection.round.confirm.CLOSE_NOMINATIONS"));
        verify(rounds, never()).move(anyLong(), any(), any(), anyLong(), any());
    }

    @Test
    void everyPostNeedsItsToken() throws Exception {
        mvc.perform(form(post("/rounds"), "无令牌").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/rounds/1"), "无令牌").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rounds/1/transition")
                        .param("move", "CLOSE_NOMINATIONS")
                        .param("version", "4")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(rounds, never()).create(anyString(), any(), anyString());
        verify(rounds, never()).update(anyLong(), any(), anyLong(), anyString());
        verify(rounds, never()).move(anyLong(), any(), any(), anyLong(), any());
    }

    @Test
    void theFormCarriesTheBlindSettingBothWays() throws Exception {
        mvc.perform(get("/rounds/new").param("program", PROGRAM).with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("id=\"blindReview1\"")))
                .andExpect(content().string(containsString("匿名评审")))
                .andExpect(model().attribute("form", hasProperty("blindReview", equalTo(true))));
        // unticked: the browser sends only the checkbox's marker
        mvc.perform(form(post("/rounds/1"), "实名评审的批次")
                        .param("_blindReview", "on")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/1"));
        verify(rounds).update(eq(1L), argThat(setup -> !setup.blindReview()), eq(4L), eq("province_admin"));
        mvc.perform(form(post("/rounds"), "匿名评审的批次")
                        .param("blindReview", "true")
                        .param("_blindReview", "on")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/7"));
        verify(rounds).create(eq(PROGRAM), argThat(RoundSetup::blindReview), eq("province_admin"));
    }

    @Test
    void aBlindSettingRefusedAfterScoresComesBackWithItsReasonAndTheText() throws Exception {
        doThrow(new RoundRejected("selection.round.error.blindAfterScores"))
                .when(rounds)
                .update(eq(1L), any(), eq(4L), eq("province_admin"));
        mvc.perform(form(post("/rounds/1"), "评分后改评审方式")
                        .param("_blindReview", "on")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/round/form"))
                .andExpect(content().string(containsString("已有专家对本批次的申报评分")))
                .andExpect(content().string(containsString("评分后改评审方式")));
    }

    @Test
    void onlyTheDepartmentChangesTheBlindSettingOnItsOwn() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/rounds/1/blind-review")
                                .param("blindReview", "false")
                                .param("version", "4"))
                .allows(redirectedUrl("/rounds/1"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(rounds).changeBlindReview(1L, false, 4L, "province_admin");
        mvc.perform(post("/rounds/" + HIDDEN + "/blind-review")
                        .param("blindReview", "false")
                        .param("version", "4")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(rounds, never()).changeBlindReview(eq(HIDDEN), anyBoolean(), anyLong(), anyString());
        mvc.perform(post("/rounds/1/blind-review")
                        .param("blindReview", "true")
                        .param("version", "4")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBlindSettingRefusedAfterScoresGoesBackToTheRoundWithItsReason() throws Exception {
        doThrow(new RoundRejected("selection.round.error.blindAfterScores"))
                .when(rounds)
                .changeBlindReview(1L, false, 4L, "province_admin");
        mvc.perform(post("/rounds/1/blind-review")
                        .param("blindReview", "false")
                        .param("version", "4")
                        .header("Referer", "http://localhost/rounds/1")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/1"))
                .andExpect(flash().attribute("errorKey", "selection.round.error.blindAfterScores"));
    }
}
