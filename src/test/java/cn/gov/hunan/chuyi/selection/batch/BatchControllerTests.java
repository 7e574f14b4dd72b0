package cn.gov.hunan.chuyi.selection.batch;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The batch posts: province staff and city officers only, a confirmation page first, the apply only when confirmed. */
@ControllerSlice(BatchController.class)
class BatchControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BatchService batches;

    @MockitoBean
    BatchAssignments sheets;

    @MockitoBean
    AssignmentTemplate templates;

    private final BatchPlan plan = new BatchPlan(
            BatchAction.MARK_ELIGIBLE,
            null,
            List.of(new BatchPlan.Line(1, "湘绣文化传承基地", "湖南工艺美术职业学院", NominationStatus.RECOMMENDED)),
            List.of(
                    new BatchPlan.Skip(2, "陶瓷基地", NominationStatus.SUBMITTED, "selection.batch.skip.state", null),
                    new BatchPlan.Skip(3, null, null, "selection.batch.skip.notFound", null)));

    @BeforeEach
    void plans() {
        when(batches.plan(any(), any(), any(), any())).thenReturn(plan);
        when(batches.apply(any(), any(), any(), any())).thenReturn(plan);
    }

    @Test
    void theConfirmationNamesHowManyChangeAndWhyTheOthersAreLeft() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/nominations/batch")
                                .param("action", "MARK_ELIGIBLE")
                                .param("ids", "1", "2", "3"))
                .allows(view().name("selection/batch/confirm"), PROVINCE_ADMIN, CITY_OFFICER)
                .refusesTheRest();
        mvc.perform(post("/nominations/batch")
                        .param("action", "MARK_ELIGIBLE")
                        .param("ids", "1", "2", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("将变更 1 项申报")))
                .andExpect(content().string(Matchers.containsString("当前状态为“已提交，待市州推荐”，不能执行该操作")))
                .andExpect(content().string(Matchers.containsString("#3")))
                .andExpect(content().string(Matchers.containsString("申报不存在或无权查看")));
        verify(batches, never()).apply(any(), any(), any(), any());
    }

    @Test
    void applyingWithoutTheConfirmationAsksFirst() throws Exception {
        mvc.perform(post("/nominations/batch/apply")
                        .param("action", "MARK_ELIGIBLE")
                        .param("ids", "1")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(view().name("web/confirm"));
        verify(batches, never()).apply(any(), any(), any(), any());
    }

    @Test
    void theConfirmedBatchIsAppliedAndCounted() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post("/nominations/batch/apply")
                                .param("action", "MARK_ELIGIBLE")
                                .param("ids", "1", "2")
                                .param("round", "7")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/nominations?round=7"), PROVINCE_ADMIN, CITY_OFFICER)
                .refusesTheRest();
        mvc.perform(post("/nominations/batch/apply")
                        .param("action", "MARK_ELIGIBLE")
                        .param("ids", "1", "2")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/nominations"))
                .andExpect(flash().attribute("success", "selection.batch.applied"));
        verify(batches, atLeastOnce()).apply(eq(BatchAction.MARK_ELIGIBLE), eq(List.of(1L, 2L)), any(), any());
    }

    @Test
    void aBatchWithoutItsReasonIsRefusedAsAWhole() throws Exception {
        when(batches.plan(eq(BatchAction.RETURN_TO_SCHOOL), any(), any(), any()))
                .thenThrow(new BatchRejected("selection.error.reasonRequired").at("reason"));
        mvc.perform(post("/nominations/batch")
                        .param("action", "RETURN_TO_SCHOOL")
                        .param("ids", "1")
                        .header("Referer", "http://localhost/nominations")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl("/nominations"))
                .andExpect(flash().attribute("errorKey", "selection.error.reasonRequired"));
        verify(batches, never()).apply(any(), any(), anyString(), any());
    }

    @Test
    void onlyProvinceStaffUploadAnAssignmentSheetAndOnlyWithTheConfirmationTicked() throws Exception {
        var file = new MockMultipartFile("file", "分配表.xlsx", "application/octet-stream", new byte[] {1});
        SignedIn.rule(
                        mvc,
                        () -> multipart("/nominations/batch/assignments")
                                .file(file)
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/nominations"), PROVINCE_ADMIN)
                .refusesTheRest();
        mvc.perform(multipart("/nominations/batch/assignments")
                        .file(file)
                        .header("Referer", "http://localhost/nominations")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(flash().attribute("errorKey", "selection.batch.sheet.notConfirmed"));
        when(sheets.apply(any(), any()))
                .thenThrow(new AssignmentSheetRejected(
                        List.of(new AssignmentSheet.Problem(3, "B", "selection.batch.sheet.expert", "nobody"))));
        mvc.perform(multipart("/nominations/batch/assignments")
                        .file(file)
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(view().name("selection/batch/sheet"))
                .andExpect(content().string(Matchers.containsString("id=\"sheet-problems\"")))
                .andExpect(content()
                        .string(Matchers.stringContainsInOrder(
                                "<th scope=\"col\">行</th>",
                                "<th scope=\"col\">列</th>",
                                "<th scope=\"col\">原因</th>",
                                "<td>3</td>",
                                "<td>B</td>",
                                "<td>专家库中没有登录名为“nobody”的专家")));
    }

    @Test
    void onlyProvinceStaffDownloadTheAssignmentTemplateOfARoundTheyMaySee() throws Exception {
        when(templates.build(eq(4L), any(), any())).thenReturn(new byte[] {1, 2});
        when(templates.build(eq(99L), any(), any())).thenThrow(new NotFoundException("round", 99L));
        SignedIn.rule(
                        mvc,
                        () -> get("/nominations/batch/assignments/template.xlsx")
                                .param("round", "4"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        mvc.perform(get("/nominations/batch/assignments/template.xlsx")
                        .param("round", "4")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content()
                        .contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/nominations/batch/assignments/template.xlsx")
                        .param("round", "99")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound());
    }
}
