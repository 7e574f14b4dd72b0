package cn.gov.hunan.chuyi.selection.review;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.UserSummary;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import cn.gov.hunan.chuyi.selection.round.Rounds;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The department's assignment of experts: only the department, a hidden round is 404, CSRF on every post. */
@ControllerSlice(AssignmentController.class)
class AssignmentControllerTests {

    private static final long HIDDEN = 99;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoundService rounds;

    @MockitoBean
    AssignmentService reviews;

    @BeforeEach
    void assignments() {
        when(rounds.get(eq(1L), any()))
                .thenReturn(Rounds.in(RoundStatus.EXPERT_REVIEW).toSummary());
        when(rounds.get(eq(HIDDEN), any())).thenThrow(new NotFoundException("round", HIDDEN));
        when(reviews.assignmentsOf(1))
                .thenReturn(List.of(new AssignmentLine(
                        5,
                        "湘绣文化传承基地",
                        "湖南工艺美术职业学院",
                        "430100",
                        NominationStatus.UNDER_REVIEW,
                        List.of(new AssignmentLine.Expert(
                                51, 8, "王教授", ReviewAssignment.Status.ASSIGNED.name(), null)))));
        when(reviews.candidatesFor(5)).thenReturn(List.of(new UserSummary(9, "expert9", "李研究员", "430300", 303L)));
        when(reviews.autoAssign(eq(1L), any())).thenReturn(4);
        doThrow(new NotFoundException("assignment", 77)).when(reviews).unassign(eq(77L), any());
    }

    @Test
    void onlyTheDepartmentAssignsExperts() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds/1/assignments"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/rounds/1/assignments/auto"))
                .allows(redirectedUrl("/rounds/1/assignments"), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/rounds/1/assignments")
                                .param("nominationId", "5")
                                .param("expertId", "9"))
                .allows(redirectedUrl("/rounds/1/assignments"), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/rounds/1/assignments/51/delete"))
                .allows(redirectedUrl("/rounds/1/assignments"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(reviews).assign(eq(5L), eq(9L), any());
        verify(reviews).unassign(eq(51L), any());
    }

    @Test
    void theAutomaticAssignmentSaysHowManyItAdded() throws Exception {
        mvc.perform(post("/rounds/1/assignments/auto")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "selection.review.autoAssigned"))
                .andExpect(result -> assertArrayEquals(
                        new Object[] {4}, (Object[]) result.getFlashMap().get("successArgs")));
    }

    @Test
    void aHiddenRoundOrAssignmentIsNotFound() throws Exception {
        mvc.perform(get("/rounds/" + HIDDEN + "/assignments").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(post("/rounds/1/assignments/77/delete")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyPostNeedsItsToken() throws Exception {
        for (var post : List.of(
                post("/rounds/1/assignments/auto"),
                post("/rounds/1/assignments").param("nominationId", "5").param("expertId", "9"),
                post("/rounds/1/assignments/51/delete"))) {
            mvc.perform(post.with(SignedIn.as(PROVINCE_ADMIN))).andExpect(status().isForbidden());
        }
        verify(reviews, never()).autoAssign(anyLong(), any());
        verify(reviews, never()).assign(anyLong(), anyLong(), any());
        verify(reviews, never()).unassign(anyLong(), any());
    }

    @Test
    void aSchoolCannotEvenReadWhoReviewsItsNomination() throws Exception {
        mvc.perform(get("/rounds/1/assignments").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isForbidden());
        verify(reviews, never()).assignmentsOf(anyLong());
    }
}
