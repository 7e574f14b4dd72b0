package cn.gov.hunan.chuyi.selection.nomination;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.selection.Viewers;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import cn.gov.hunan.chuyi.selection.round.Rounds;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.ReminderLedger;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageImpl;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A nomination's pages and posts: each role's rule, 404 for a nomination the viewer may not see (asked before any
 * confirmation), refused forms keeping their text, submission and withdrawal asking first (the page's buttons carry
 * the question in the user's language, the server asks any unconfirmed post), one list of everything an incomplete
 * nomination lacks (web.RefusalAdvice), CSRF on every post.
 */
@ControllerSlice(NominationController.class)
class NominationControllerTests {

    private static final long HIDDEN = 999;
    private static final long ATTACHMENT = 31;

    /** The administrator of the nominating school, who is offered its buttons. */
    private static final PortalUser OWN_SCHOOL = Viewers.school(Nominations.ORGANIZATION);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NominationService nominations;

    @MockitoBean
    NominationScreening screening;

    @MockitoBean
    NominationAttachments attachments;

    @MockitoBean
    NominationIntake intake;

    @MockitoBean
    NominationPages pages;

    @MockitoBean
    RoundService rounds;

    @MockitoBean
    ReminderLedger reminders;

    @MockitoBean
    NominationSubmission submission;

    private final NominationView draft = Nominations.draft().toView("湖南工艺美术职业学院");
    private final long id = draft.id();

    @BeforeEach
    void nominations() {
        var round = Rounds.open().toSummary();
        when(rounds.get(eq(Nominations.ROUND), any())).thenReturn(round);
        when(rounds.get(eq(HIDDEN), any())).thenThrow(new NotFoundException("round", HIDDEN));
        when(nominations.search(any(), any(), any(), any()))
                .thenAnswer(call -> new PageImpl<>(List.of(NominationLine.of(draft)), call.getArgument(3), 1));
        when(nominations.get(eq(id), any())).thenReturn(draft);
        when(nominations.get(eq(HIDDEN), any())).thenThrow(new NotFoundException("nomination", HIDDEN));
        when(pages.detail(eq(id), any()))
                .thenAnswer(call -> NominationPage.of(
                        draft,
                        round,
                        NominationContent.FieldSet.CULTURE_BASE,
                        List.of(),
                        List.of(),
                        call.getArgument(1)));
        when(pages.detail(eq(HIDDEN), any())).thenThrow(new NotFoundException("nomination", HIDDEN));
        when(intake.start(eq(Nominations.ROUND), anyString(), any(), any())).thenReturn(id);
        var file = new AttachmentView(
                ATTACHMENT, "申报书.pdf", "application/pdf", 4, "00", "school_admin", LocalDateTime.of(2026, 6, 1, 9, 0));
        when(attachments.download(eq(id), eq(ATTACHMENT), any()))
                .thenReturn(new NominationAttachments.Download(
                        file, new ByteArrayResource("%PDF".getBytes(StandardCharsets.US_ASCII))));
        when(attachments.download(eq(HIDDEN), anyLong(), any())).thenThrow(new NotFoundException("nomination", HIDDEN));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, String title) {
        return post.param("title", title)
                .param("summary", "以湘绣传承为主线的文化基地")
                .param("venue", "湘绣展厅")
                .param("version", "2");
    }

    /** A post by the school's administrator, with its token. */
    private static MockHttpServletRequestBuilder bySchool(MockHttpServletRequestBuilder post) {
        return post.with(SignedIn.as(SCHOOL_ADMIN)).with(csrf());
    }

    /** The confirmed submission of the draft by a school, sent from the page named by the Referer. */
    private ResultActions submitConfirmed(RequestPostProcessor school, String referer) throws Exception {
        return mvc.perform(post("/nominations/" + id + "/submit")
                .param("confirmed", "true")
                .header("Referer", referer)
                .with(school)
                .with(csrf()));
    }

    /** A request for the draft's page by the viewer. */
    private MockHttpServletRequestBuilder draftPage(RequestPostProcessor viewer) {
        return get("/nominations/" + id).with(viewer);
    }

    /** The page the request answers (200), as text. */
    private String read(MockHttpServletRequestBuilder get) throws Exception {
        return mvc.perform(get)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theListIsForTheRolesThatFileAndScreen() throws Exception {
        SignedIn.rule(mvc, () -> get("/nominations"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void theNominationPageSaysHowOftenTheSchoolWasChased() throws Exception {
        when(reminders.countFor("/nominations/" + id)).thenReturn(2);
        mvc.perform(get("/nominations/" + id).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nomination-reminders\"")))
                .andExpect(content().string(containsString("已催办 2 次")));
    }

    @Test
    void aNominationIsReadByEveryRoleThatTakesPart() throws Exception {
        SignedIn.rule(mvc, () -> get("/nominations/" + id))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/nominations/" + id + "/attachments/" + ATTACHMENT))
                .allows(
                        header().string("Content-Disposition", containsString("attachment")),
                        PROVINCE_ADMIN,
                        CITY_OFFICER,
                        SCHOOL_ADMIN,
                        EXPERT)
                .refusesTheRest();
    }

    @Test
    void aNominationTheViewerMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/nominations/" + HIDDEN).with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(get("/nominations/" + HIDDEN + "/edit").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/" + HIDDEN + "/attachments/" + ATTACHMENT).with(SignedIn.as(EXPERT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/new")
                        .param("round", String.valueOf(HIDDEN))
                        .with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(bySchool(form(post("/nominations/" + HIDDEN), "别校的申报"))).andExpect(status().isNotFound());
        verify(nominations, never()).update(anyLong(), anyString(), any(), anyLong(), any());
    }

    @Test
    void withdrawingAnotherSchoolsNominationIsNotFoundNotAskedAbout() throws Exception {
        // the confirmation page would name the nomination: the access check comes first
        mvc.perform(bySchool(post("/nominations/" + HIDDEN + "/withdraw"))).andExpect(status().isNotFound());
        verify(nominations, never()).withdraw(anyLong(), any(), any());
    }

    @Test
    void onlyASchoolFilesAndEditsANomination() throws Exception {
        SignedIn.rule(mvc, () -> get("/nominations/new").param("round", "1"))
                .allows(status().isOk(), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> form(post("/nominations").param("round", "1"), "湘绣文化传承基地"))
                .allows(redirectedUrl("/nominations/" + id), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/nominations/" + id + "/edit"))
                .allows(status().isOk(), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> form(post("/nominations/" + id), "湘绣文化传承基地（修改）"))
                .allows(redirectedUrl("/nominations/" + id), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(nominations).update(eq(id), eq("湘绣文化传承基地（修改）"), any(), eq(2L), any());
    }

    @Test
    void onlyASchoolSubmitsWithdrawsAndHandlesAttachments() throws Exception {
        SignedIn.rule(mvc, () -> post("/nominations/" + id + "/submit").param("confirmed", "true"))
                .allows(redirectedUrl("/nominations/" + id), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/nominations/" + id + "/withdraw").param("confirmed", "true"))
                .allows(redirectedUrl("/nominations/" + id), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> multipart("/nominations/" + id + "/attachments")
                                .file(new MockMultipartFile(
                                        "file",
                                        "证明.pdf",
                                        "application/pdf",
                                        "%PDF".getBytes(StandardCharsets.US_ASCII))))
                .allows(redirectedUrl("/nominations/" + id), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/nominations/" + id + "/attachments/" + ATTACHMENT + "/delete"))
                .allows(redirectedUrl("/nominations/" + id), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(submission).submit(eq(id), any());
        verify(nominations).withdraw(eq(id), any(), any());
        verify(attachments).attach(eq(id), any(), any());
        verify(attachments).detach(eq(id), eq(ATTACHMENT), any());
    }

    @Test
    void onlyTheCityRecommendsOrReturnsAndOnlyTheDepartmentJudgesEligibility() throws Exception {
        SignedIn.rule(mvc, () -> post("/nominations/" + id + "/recommend"))
                .allows(redirectedUrl("/nominations/" + id), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/nominations/" + id + "/return").param("reason", "材料不全"))
                .allows(redirectedUrl("/nominations/" + id), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post("/nominations/" + id + "/eligibility").param("eligible", "true"))
                .allows(redirectedUrl("/nominations/" + id), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(screening).recommend(eq(id), any());
        verify(screening).returnToSchool(eq(id), eq("材料不全"), any());
        verify(screening).judgeEligibility(eq(id), eq(true), any(), any());
    }

    @Test
    void aWithdrawalWithoutConfirmationIsAskedAboutFirst() throws Exception {
        mvc.perform(bySchool(post("/nominations/" + id + "/withdraw").param("reason", "本年度暂不申报")))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(model().attribute("consequence", "selection.nomination.confirmWithdraw"))
                .andExpect(content().string(containsString("本年度暂不申报")));
        verify(nominations, never()).withdraw(anyLong(), any(), any());
    }

    @Test
    void aNominationWithoutATitleComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(bySchool(form(post("/nominations").param("round", "1"), " ")))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/nomination/form"))
                .andExpect(model().attributeHasFieldErrors("form", "title"))
                .andExpect(content().string(containsString("请填写申报名称")))
                .andExpect(content().string(containsString("湘绣展厅")))
                .andExpect(content().string(containsString("以湘绣传承为主线的文化基地")));
        verify(intake, never()).start(anyLong(), anyString(), any(), any());
    }

    @Test
    void aNominationTheServiceRefusesComesBackWithItsReasonAndTheText() throws Exception {
        doThrow(new NominationRejected("selection.nomination.error.length"))
                .when(nominations)
                .update(eq(id), eq("被拒绝的申报"), any(), eq(2L), any());
        mvc.perform(bySchool(form(post("/nominations/" + id), "被拒绝的申报")))
                .andExpect(status().isOk())
                .andExpect(view().name("selection/nomination/form"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("被拒绝的申报")))
                .andExpect(content().string(containsString("湘绣展厅")));
    }

    @Test
    void aStaleNominationFormComesBackWithWhatWasTyped() throws Exception {
        doThrow(new OptimisticLockException()).when(nominations).update(eq(id), eq("过期的申报"), any(), eq(2L), any());
        mvc.perform(bySchool(form(post("/nominations/" + id), "过期的申报")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("过期的申报")));
    }

    @Test
    void aSubmissionWithoutConfirmationIsAskedAboutFirst() throws Exception {
        mvc.perform(bySchool(post("/nominations/" + id + "/submit")))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(model().attribute("consequence", "selection.nomination.confirmSubmit"))
                .andExpect(content().string(containsString("提交后，“申报书”将报送市州审核推荐，学校不能再修改，除非市州退回修改。")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
        verify(submission, never()).submit(anyLong(), any());
    }

    @Test
    void submittingAnotherSchoolsNominationIsNotFoundNotAskedAbout() throws Exception {
        // the confirmation page would name the nomination: the access check comes first
        mvc.perform(bySchool(post("/nominations/" + HIDDEN + "/submit"))).andExpect(status().isNotFound());
        verify(submission, never()).submit(anyLong(), any());
    }

    /** The button asks in the browser before the post is sent (confirm.js reads data-confirm), in both languages. */
    @Test
    void theSubmitButtonSaysWhatSubmittingDoesBeforeItIsSent() throws Exception {
        String zh = read(draftPage(SignedIn.as(OWN_SCHOOL)));
        assertThat(button(zh, "submit-nomination"))
                .contains("data-confirm=\"提交后，“申报书”将报送市州审核推荐，学校不能再修改，除非市州退回修改。确定提交？\"")
                .contains("data-confirm-yes=\"确认\"", "data-confirm-no=\"取消\"")
                .contains(">提交申报<");
        assertThat(button(zh, "withdraw-nomination")).as("as withdrawal asks").contains("data-confirm=\"撤回“申报书”后");
        String en = read(draftPage(SignedIn.as(OWN_SCHOOL)).param("lang", "en"));
        assertThat(button(en, "submit-nomination"))
                .contains(
                        "data-confirm=\"Once submitted, &quot;申报书&quot; goes to the city for review and recommendation, "
                                + "and the school can no longer edit it unless the city returns it. Submit?\"")
                .contains("data-confirm-yes=\"Confirm\"", "data-confirm-no=\"Cancel\"");
        // the city reads the same page: nothing to submit
        String city = read(draftPage(SignedIn.as(CITY_OFFICER)));
        assertThat(city).doesNotContain("submit-nomination");
    }

    /** The markup of the button with the id, up to its end. */
    private static String button(String page, String id) {
        int start = page.lastIndexOf("<button", page.indexOf("id=\"" + id + "\""));
        assertThat(start).as(id + " on the page").isGreaterThanOrEqualTo(0);
        return page.substring(start, page.indexOf("</button>", start) + "</button>".length());
    }

    @Test
    void anIncompleteNominationWithoutItsSealedPageGoesBackWithOneListOfEverythingItLacks() throws Exception {
        var missing = List.of(
                "selection.nomination.missing.plan",
                "selection.nomination.missing.attachment",
                "sealpage.missing.item");
        doThrow(new NominationIncomplete(missing)).when(submission).submit(eq(id), any());
        var refused = submitConfirmed(SignedIn.as(OWN_SCHOOL), "/nominations/" + id)
                .andExpect(redirectedUrl("/nominations/" + id))
                .andExpect(flash().attribute("errorKey", "selection.nomination.error.incomplete"))
                .andExpect(flash().attribute("errorList", missing))
                .andReturn();
        // the page the refusal goes back to: one alert naming each missing part, the sealed page said once
        String zh = read(draftPage(SignedIn.as(OWN_SCHOOL)).flashAttrs(refused.getFlashMap()));
        assertThat(zh)
                .contains("申报还不完整，不能提交：")
                .contains("请填写建设目标与任务举措。", "请至少上传一个附件（申报书等）。", "请上传签字并加盖单位公章的盖章页（单位盖章）。")
                .doesNotContain("id=\"sealed-page-missing\"");
        assertThat(zh.split("id=\"flash-error\"", -1)).as("one alert").hasSize(2);
        String en = read(draftPage(SignedIn.as(OWN_SCHOOL)).param("lang", "en").flashAttrs(refused.getFlashMap()));
        assertThat(en)
                .contains("The nomination is not complete and cannot be submitted yet:")
                .contains(
                        "Please describe the goals, tasks and measures.",
                        "Please upload at least one attachment",
                        "Please upload the sealed page: the page signed and bearing the unit&#39;s seal.")
                .doesNotContain("id=\"sealed-page-missing\"");
        // without a refusal the page says the sealed page is still missing, once
        String plain = read(draftPage(SignedIn.as(OWN_SCHOOL)));
        assertThat(plain).contains("id=\"sealed-page-missing\"").doesNotContain("id=\"flash-error\"");
    }

    @Test
    void anIncompleteNominationGoesBackWithTheListOfWhatItLacks() throws Exception {
        var missing = List.of("selection.nomination.missing.summary", "selection.nomination.missing.foundation");
        doThrow(new NominationIncomplete(missing)).when(submission).submit(eq(id), any());
        submitConfirmed(SignedIn.as(SCHOOL_ADMIN), "/nominations/" + id)
                .andExpect(redirectedUrl("/nominations/" + id))
                .andExpect(flash().attribute("errorKey", "selection.nomination.error.incomplete"))
                .andExpect(flash().attribute("errorList", missing));
    }

    /**
     * A refused upload said its reason twice: in the alert at the top and beside the file field. Said once now, beside
     * the field it is about (the field marked invalid and described by it); a refusal about no field stays at the top.
     */
    @Test
    void aRefusedUploadSaysWhyOnceBesideItsFileField() throws Exception {
        doThrow(new AttachmentRejected("attachment.error.type").at("file"))
                .when(attachments)
                .attach(eq(id), any(), any());
        var refused = mvc.perform(multipart("/nominations/" + id + "/attachments")
                        .file(new MockMultipartFile(
                                "file", "宏.docm", "application/octet-stream", "PK".getBytes(StandardCharsets.US_ASCII)))
                        .header("Referer", "/nominations/" + id)
                        .with(SignedIn.as(OWN_SCHOOL))
                        .with(csrf()))
                .andExpect(redirectedUrl("/nominations/" + id))
                .andExpect(flash().attribute("errorField", "file"))
                .andReturn();
        String attachment = page(refused.getFlashMap());
        assertThat(attachment.split("文件类型不被接受", -1)).as("said once").hasSize(2);
        assertThat(attachment)
                .doesNotContain("id=\"flash-error\"")
                .contains("id=\"file-refusal\" class=\"invalid-feedback d-block\" role=\"alert\">文件类型不被接受")
                .containsPattern("id=\"file\" class=\"form-control is-invalid\"[^>]*aria-describedby=\"file-refusal\"")
                .as("the refused field takes the focus, which scrolls it into view")
                .containsPattern("id=\"file\"[^>]*autofocus");
        // the sealed page's form: the same refusal, as web.RefusalAdvice sends it back from SealedPageController
        String sealed = page(Map.of(
                "errorKey", "sealpage.error.type",
                "errorField", "file",
                "typed", Map.of("_action", "/nominations/" + id + "/sealed-page")));
        assertThat(sealed.split("盖章页只接受 PDF、JPG、PNG 文件", -1)).as("said once").hasSize(2);
        int form = sealed.indexOf("id=\"sealed-page-form\"");
        assertThat(sealed.indexOf("id=\"file-refusal\""))
                .as("beside the sealed page's field")
                .isGreaterThan(form);
        assertThat(sealed)
                .doesNotContain("id=\"flash-error\"")
                .containsPattern("id=\"sealed-page-file\" class=\"form-control is-invalid\"[^>]*autofocus");
        // on a phone the button goes under the field instead of squeezing it
        assertThat(sealed)
                .containsPattern("class=\"d-flex flex-column flex-sm-row gap-2 mb-3\" id=\"sealed-page-form\"");
        // a refusal about no field (the nomination cannot change any more) is said at the top, once
        String whole = page(Map.of(
                "errorKey", "sealpage.error.type", "typed", Map.of("_action", "/nominations/" + id + "/sealed-page")));
        assertThat(whole.split("盖章页只接受 PDF、JPG、PNG 文件", -1)).hasSize(2);
        assertThat(whole).contains("id=\"flash-error\"").doesNotContain("id=\"file-refusal\"");
    }

    /** The draft's page as its school reads it, with the flash attributes of a refusal. */
    private String page(Map<String, ?> flash) throws Exception {
        return read(draftPage(SignedIn.as(OWN_SCHOOL)).flashAttrs(new HashMap<>(flash)));
    }

    @Test
    void aNominationWithoutItsSealedPageGoesBackWithTheReason() throws Exception {
        doThrow(new NominationRejected("sealpage.error.missing"))
                .when(submission)
                .submit(eq(id), any());
        submitConfirmed(SignedIn.as(SCHOOL_ADMIN), "/nominations/" + id)
                .andExpect(redirectedUrl("/nominations/" + id))
                .andExpect(flash().attribute("errorKey", "sealpage.error.missing"));
    }

    @Test
    void anIncompleteNominationFromAForeignPageGoesBackHomeNotThere() throws Exception {
        doThrow(new NominationIncomplete(List.of("selection.nomination.missing.summary")))
                .when(submission)
                .submit(eq(id), any());
        submitConfirmed(SignedIn.as(SCHOOL_ADMIN), "https://evil.example/phish")
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("evil.example"));
    }

    @Test
    void everyPostNeedsItsToken() throws Exception {
        for (var post : List.of(
                form(post("/nominations").param("round", "1"), "无令牌"),
                form(post("/nominations/" + id), "无令牌"),
                post("/nominations/" + id + "/submit"),
                post("/nominations/" + id + "/withdraw").param("confirmed", "true"),
                post("/nominations/" + id + "/attachments/" + ATTACHMENT + "/delete"))) {
            mvc.perform(post.with(SignedIn.as(SCHOOL_ADMIN))).andExpect(status().isForbidden());
        }
        for (var post : List.of(post("/nominations/" + id + "/recommend"), post("/nominations/" + id + "/return"))) {
            mvc.perform(post.with(SignedIn.as(CITY_OFFICER))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/nominations/" + id + "/eligibility")
                        .param("eligible", "false")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(intake, never()).start(anyLong(), anyString(), any(), any());
        verify(nominations, never()).update(anyLong(), anyString(), any(), anyLong(), any());
        verify(submission, never()).submit(anyLong(), any());
        verify(nominations, never()).withdraw(anyLong(), any(), any());
        verify(attachments, never()).detach(anyLong(), anyLong(), any());
        verify(screening, never()).recommend(anyLong(), any());
        verify(screening, never()).returnToSchool(anyLong(), any(), any());
        verify(screening, never()).judgeEligibility(anyLong(), anyBoolean(), any(), any());
    }
}
