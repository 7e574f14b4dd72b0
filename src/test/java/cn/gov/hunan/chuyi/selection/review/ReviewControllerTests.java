package cn.gov.hunan.chuyi.selection.review;

import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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

import cn.gov.hunan.chuyi.selection.nomination.NominationAttachments;
import cn.gov.hunan.chuyi.selection.nomination.NominationContent;
import cn.gov.hunan.chuyi.selection.nomination.NominationService;
import cn.gov.hunan.chuyi.selection.nomination.Nominations;
import cn.gov.hunan.chuyi.selection.round.RoundSetup;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An expert's review pages: only experts, only their own tasks (another's is 404), submitted scores asked about
 * first, refused scores coming back as typed, CSRF on every post.
 */
@ControllerSlice(ReviewController.class)
class ReviewControllerTests {

    private static final long TASK = 41;
    private static final long HIDDEN = 42;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReviewService reviews;

    @MockitoBean
    NominationService nominations;

    @MockitoBean
    NominationAttachments attachments;

    @BeforeEach
    void tasks() {
        var nomination = Nominations.submitted().toView("湖南工艺美术职业学院");
        var task = new ReviewTask(
                TASK,
                nomination.id(),
                "湘绣文化传承基地",
                "湖南工艺美术职业学院",
                1,
                "2026年遴选",
                ReviewAssignment.Status.ASSIGNED.name(),
                List.of(
                        new RoundSetup.CriterionLine(11L, "基础", new BigDecimal("40"), BigDecimal.ONE),
                        new RoundSetup.CriterionLine(12L, "成效", new BigDecimal("60"), BigDecimal.ONE)),
                Map.of(),
                null,
                null,
                3);
        when(reviews.tasksOf(any(), any(), any()))
                .thenAnswer(call -> new PageImpl<>(List.of(task), call.getArgument(2), 1));
        when(reviews.task(eq(TASK), any())).thenReturn(task);
        when(reviews.task(eq(HIDDEN), any())).thenThrow(new NotFoundException("review", HIDDEN));
        doThrow(new NotFoundException("review", HIDDEN)).when(reviews).declareConflict(eq(HIDDEN), any(), any());
        when(nominations.get(eq(nomination.id()), any())).thenReturn(nomination);
        when(nominations.fieldSetOf(1)).thenReturn(NominationContent.FieldSet.CULTURE_BASE);
        when(attachments.attachments(eq(nomination.id()), any())).thenReturn(List.of());
    }

    @Test
    void onlyExpertsReadTheirTasks() throws Exception {
        SignedIn.rule(mvc, () -> get("/reviews"))
                .allows(status().isOk(), EXPERT)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/reviews/" + TASK))
                .allows(status().isOk(), EXPERT)
                .refusesTheRest();
    }

    @Test
    void theListIsNarrowedToTheRoundInTheLink() throws Exception {
        mvc.perform(get("/reviews").param("round", "7").with(SignedIn.as(EXPERT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"round-filter\"")))
                .andExpect(content().string(containsString("2026年遴选")));
        verify(reviews).tasksOf(any(), eq(7L), any());
        mvc.perform(get("/reviews").with(SignedIn.as(EXPERT)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"round-filter\""))));
        verify(reviews).tasksOf(any(), isNull(), any());
    }

    @Test
    void onlyExpertsScoreAndDeclareAConflict() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/reviews/" + TASK).param("score_11", "30").param("version", "3"))
                .allows(redirectedUrl("/reviews/" + TASK), EXPERT)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/reviews/" + TASK)
                                .param("score_11", "30")
                                .param("score_12", "50")
                                .param("version", "3")
                                .param("action", "submit")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/reviews/" + TASK), EXPERT)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/reviews/" + TASK + "/conflict").param("reason", "曾在该校任教"))
                .allows(redirectedUrl("/reviews"), EXPERT)
                .refusesTheRest();
        verify(reviews)
                .score(
                        eq(TASK),
                        eq(Map.of(11L, new Score(new BigDecimal("30"), null), 12L, new Score(null, null))),
                        eq(false),
                        eq(3L),
                        any());
        verify(reviews).score(eq(TASK), anyMap(), eq(true), eq(3L), any());
        verify(reviews).declareConflict(eq(TASK), eq("曾在该校任教"), any());
    }

    @Test
    void anotherExpertsTaskIsNotFound() throws Exception {
        mvc.perform(get("/reviews/" + HIDDEN).with(SignedIn.as(EXPERT)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(post("/reviews/" + HIDDEN)
                        .param("score_11", "30")
                        .param("version", "3")
                        .param("action", "submit")
                        .with(SignedIn.as(EXPERT))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reviews/" + HIDDEN + "/conflict")
                        .param("reason", "曾在该校任教")
                        .with(SignedIn.as(EXPERT))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(reviews, never()).score(anyLong(), anyMap(), anyBoolean(), anyLong(), any());
    }

    @Test
    void submittingScoresIsAskedAboutFirstAndSavingIsNot() throws Exception {
        mvc.perform(post("/reviews/" + TASK)
                        .param("score_11", "30")
                        .param("score_12", "50")
                        .param("version", "3")
                        .param("action", "submit")
                        .with(SignedIn.as(EXPERT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(model().attribute("consequence", "selection.review.confirmSubmit"))
                .andExpect(content().string(containsString("湘绣文化传承基地")));
        verify(reviews, never()).score(anyLong(), anyMap(), anyBoolean(), anyLong(), any());
    }

    @Test
    void anUnreadableScoreComesBackWithTheRestOfWhatWasTypedNotAsked() throws Exception {
        mvc.perform(post("/reviews/" + TASK)
                        .param("score_11", "三十")
                        .param("score_12", "50")
                        .param("comment_12", "成效显著，数据翔实")
                        .param("version", "3")
                        .param("action", "submit")
                        .with(SignedIn.as(EXPERT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/review/form"))
                .andExpect(model().attribute("errorKey", "selection.review.error.number"))
                .andExpect(content().string(containsString("“基础”的得分须是数字")))
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(containsString("成效显著，数据翔实")));
        verify(reviews, never()).score(anyLong(), anyMap(), anyBoolean(), anyLong(), any());
    }

    @Test
    void scoresTheServiceRefusesComeBackWithItsReasonAndWhatWasTyped() throws Exception {
        doThrow(new ReviewRejected("selection.review.error.range", "成效", 60))
                .when(reviews)
                .score(eq(TASK), anyMap(), eq(false), eq(3L), any());
        mvc.perform(post("/reviews/" + TASK)
                        .param("score_11", "30")
                        .param("score_12", "75")
                        .param("comment_12", "超出满分")
                        .param("version", "3")
                        .with(SignedIn.as(EXPERT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/review/form"))
                .andExpect(content().string(containsString("“成效”的得分须在 0 到 60 之间")))
                .andExpect(content().string(containsString("value=\"75\"")))
                .andExpect(content().string(containsString("超出满分")));
    }

    @Test
    void everyPostNeedsItsToken() throws Exception {
        mvc.perform(post("/reviews/" + TASK)
                        .param("score_11", "30")
                        .param("version", "3")
                        .with(SignedIn.as(EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reviews/" + TASK + "/conflict")
                        .param("reason", "曾在该校任教")
                        .with(SignedIn.as(EXPERT)))
                .andExpect(status().isForbidden());
        verify(reviews, never()).score(anyLong(), anyMap(), anyBoolean(), anyLong(), any());
        verify(reviews, never()).declareConflict(anyLong(), any(), any());
    }
}
