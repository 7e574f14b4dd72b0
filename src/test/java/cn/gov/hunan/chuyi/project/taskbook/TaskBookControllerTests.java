package cn.gov.hunan.chuyi.project.taskbook;

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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.Spreadsheet;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.StringUtils;

/**
 * The task book and change-request pages: read by the business roles the service lets see the project, drafted and
 * submitted by the school, decided by the department (approvals confirmed first); a refused form comes back with what
 * was typed and each reason beside its field.
 */
@ControllerSlice({TaskBookController.class, ChangeRequestController.class})
class TaskBookControllerTests {

    static final long PROJECT = TaskBooks.PROJECT;
    static final long BOOK = TaskBooks.BOOK;
    static final long INDICATOR = TaskBooks.INDICATOR;
    static final String PATH = "/projects/" + PROJECT + "/task-book";
    static final String ONE = PATH + "/" + BOOK;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaskBookService books;

    @MockitoBean
    TaskBookPages pages;

    @MockitoBean
    ChangeRequestService changes;

    @MockitoBean
    TaskBookExport export;

    static TaskBookPage page(TaskBookStatus status) {
        return TaskBooks.page(status);
    }

    @BeforeEach
    void pages() {
        when(pages.page(eq(PROJECT), any(), any())).thenReturn(page(TaskBookStatus.DRAFT));
        when(export.workbook(any(), any())).thenReturn(new Spreadsheet("任务书"));
    }

    @Test
    void thePeriodIsOnlyTypedInAVersionOpenedByAnExtension() throws Exception {
        String draft = mvc.perform(get(PATH).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(draft)
                .containsPattern("id=\"startYear\"[^>]*readonly")
                .containsPattern("id=\"endYear\"[^>]*readonly")
                .as("shown as text, not as a field that refuses typing")
                .containsPattern("id=\"endYear\"[^>]*form-control-plaintext")
                .doesNotContain("id=\"period-extension-hint\"");

        when(pages.page(eq(PROJECT), any(), any())).thenReturn(TaskBooks.page(TaskBookStatus.DRAFT, true));
        String extension = mvc.perform(get(PATH).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(extension)
                .containsPattern("id=\"startYear\"[^>]*readonly")
                .doesNotContainPattern("id=\"endYear\"[^>]*readonly")
                .contains("id=\"period-extension-hint\"");
    }

    @Test
    void theTaskBookIsReadByTheBusinessRoles() throws Exception {
        SignedIn.rule(mvc, () -> get(PATH))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(PATH + "/print"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void onlyTheSchoolStartsWritesAndSubmits() throws Exception {
        SignedIn.rule(mvc, () -> post(PATH))
                .allows(redirectedUrl(PATH), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(ONE)
                                .param("version", "3")
                                .param("startYear", "2025")
                                .param("endYear", "2027")
                                .param("target_" + INDICATOR + "_2025", "40"))
                .allows(redirectedUrl(PATH), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(books).save(eq(BOOK), any(TaskBookContent.class), eq(3L), any());
        SignedIn.rule(mvc, () -> post(ONE + "/submit"))
                .allows(redirectedUrl(PATH), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(books).submit(eq(BOOK), any());
        SignedIn.rule(
                        mvc,
                        () -> multipart("/projects/" + PROJECT + "/changes")
                                .param("kind", "LEADER")
                                .param("reason", "负责人调任"))
                .allows(redirectedUrl(PATH), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(changes).file(eq(PROJECT), eq(ChangeKind.LEADER), eq("负责人调任"), any(), any());
    }

    @Test
    void onlyTheDepartmentDecidesAndAnApprovalIsConfirmedFirst() throws Exception {
        when(pages.page(eq(PROJECT), any(), any())).thenReturn(page(TaskBookStatus.SUBMITTED));
        SignedIn.rule(
                        mvc,
                        () -> post(ONE + "/review").param("accepted", "false").param("comment", "请补充"))
                .allows(redirectedUrl(PATH), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(books).review(eq(BOOK), eq(false), eq("请补充"), any());
        mvc.perform(post(ONE + "/review")
                        .param("accepted", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("确认批准“测试实训基地”的任务书")));
        verify(books, never()).review(eq(BOOK), eq(true), any(), any());
        mvc.perform(post(ONE + "/review")
                        .param("accepted", "true")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PATH));
        verify(books).review(eq(BOOK), eq(true), isNull(), any());
        SignedIn.rule(mvc, () -> get("/projects/changes"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/projects/task-books.xlsx"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
    }

    /** The task book page as a refusal sends the browser back to it: with the flash attributes of the redirect. */
    private String pageAfter(MvcResult refused, String url) throws Exception {
        return mvc.perform(get(url).flashAttrs(refused.getFlashMap()).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int times(String page, String text) {
        return StringUtils.countOccurrencesOf(page, text);
    }

    @Test
    void aValueThatIsNoNumberComesBackAsTypedWithTheReasonBesideItOnce() throws Exception {
        MvcResult refused = mvc.perform(post(ONE)
                        .param("version", "3")
                        .param("startYear", "2025")
                        .param("endYear", "2027")
                        .param("target_" + INDICATOR + "_2025", "四十")
                        .param("milestoneTitle_0", "建成实训中心")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("errorKey", "taskbook.error.number"))
                .andExpect(flash().attribute("errorField", "target_" + INDICATOR + "_2025"))
                .andExpect(flash().attribute(
                                "fieldErrors", Map.of("target_" + INDICATOR + "_2025", "taskbook.error.number")))
                .andReturn();
        verify(books, never()).save(anyLong(), any(), anyLong(), any());
        @SuppressWarnings("unchecked")
        var typed = (Map<String, String>) refused.getFlashMap().get("typed");
        assertThat(typed)
                .containsEntry("target_" + INDICATOR + "_2025", "四十")
                .containsEntry("_action", ONE)
                .doesNotContainKey("_csrf");

        String page = pageAfter(refused, PATH);
        assertThat(page)
                .contains("value=\"四十\"")
                .contains("value=\"建成实训中心\"")
                .as("beside the field only: not at the top of the page, nor in the form as well")
                .doesNotContain("id=\"flash-error\"")
                .doesNotContain("id=\"task-book-refusal\"");
        assertThat(times(page, "请填写数字")).isEqualTo(1);
        assertThat(page)
                .containsPattern("<input[^>]*is-invalid[^>]*id=\"target_" + INDICATOR + "_2025\"")
                .contains("id=\"target_" + INDICATOR + "_2025-error\"");
    }

    @Test
    void aRefusalGoesBackToTheVersionShown() throws Exception {
        String asked = mvc.perform(get(PATH).param("v", "1").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asked).containsPattern("<input type=\"hidden\" name=\"v\" value=\"1\">");
        assertThat(mvc.perform(get(PATH).with(SignedIn.as(SCHOOL_ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("name=\"v\"");
        mvc.perform(post(ONE)
                        .param("version", "3")
                        .param("v", "1")
                        .param("startYear", "2025")
                        .param("endYear", "2027")
                        .param("target_" + INDICATOR + "_2025", "四十")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PATH + "?v=1"));
        mvc.perform(post(ONE + "/submit")
                        .param("v", "1\r\nLocation: x")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PATH));
    }

    @Test
    void aRefusedSaveShowsTheStoredPeriodNeverTheOneTyped() throws Exception {
        doThrow(new TaskBookRejected(
                        "taskbook.error.negative", Map.of("target_" + INDICATOR + "_2025", "taskbook.error.negative")))
                .when(books)
                .save(eq(BOOK), any(), anyLong(), any());
        MvcResult refused = mvc.perform(post(ONE)
                        .param("version", "3")
                        .param("startYear", "2031")
                        .param("endYear", "2039")
                        .param("target_" + INDICATOR + "_2025", "-3")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PATH))
                .andReturn();
        String page = pageAfter(refused, PATH);
        assertThat(page)
                .containsPattern("id=\"startYear\"[^>]*value=\"2025\"")
                .containsPattern("id=\"endYear\"[^>]*value=\"2027\"")
                .doesNotContain("2031")
                .doesNotContain("2039")
                .contains("value=\"-3\"");
        assertThat(times(page, "不能为负数")).isEqualTo(1);

        when(pages.page(eq(PROJECT), any(), any())).thenReturn(TaskBooks.page(TaskBookStatus.DRAFT, true));
        assertThat(pageAfter(refused, PATH))
                .as("an extension's end year is typed: it comes back as typed")
                .containsPattern("id=\"endYear\"[^>]*value=\"2039\"")
                .containsPattern("id=\"startYear\"[^>]*value=\"2025\"");
    }

    @Test
    void aSubmissionTheRulesRefuseKeepsWhatWasTypedAndSaysEachReasonOnce() throws Exception {
        doThrow(new TaskBookRejected(
                        "taskbook.error.incomplete", Map.of("milestoneTitle_0", "taskbook.error.noMilestone")))
                .when(books)
                .submit(eq(BOOK), any());
        MvcResult refused = mvc.perform(post(ONE + "/submit")
                        .param("version", "3")
                        .param("startYear", "2025")
                        .param("endYear", "2027")
                        .param("target_" + INDICATOR + "_2025", "38")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("fieldErrors", Map.of("milestoneTitle_0", "taskbook.error.noMilestone")))
                .andExpect(flash().attribute("errorKey", "taskbook.error.incomplete"))
                .andReturn();
        String page = pageAfter(refused, PATH);
        assertThat(page).contains("value=\"38\"").doesNotContain("id=\"flash-error\"");
        assertThat(times(page, "请至少填写一个里程碑")).isEqualTo(1);
        assertThat(times(page, "任务书尚不完整"))
                .as("the summary, said by no field, once in the form")
                .isEqualTo(1);
        assertThat(page).contains("id=\"task-book-refusal\"");
    }

    @Test
    void aRefusalAboutNoFieldIsSaidOnceAtTheTop() throws Exception {
        doThrow(new TaskBookRejected("taskbook.error.readOnly")).when(books).save(eq(BOOK), any(), anyLong(), any());
        MvcResult refused = mvc.perform(post(ONE)
                        .param("version", "3")
                        .param("startYear", "2025")
                        .param("endYear", "2027")
                        .param("target_" + INDICATOR + "_2025", "41")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attributeCount(3))
                .andReturn();
        String page = pageAfter(refused, PATH);
        assertThat(page).contains("id=\"flash-error\"").doesNotContain("id=\"task-book-refusal\"");
        assertThat(times(page, "不能修改")).isEqualTo(1);
        assertThat(page).contains("value=\"41\"");
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post(PATH).with(SignedIn.as(SCHOOL_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post(ONE + "/submit").with(SignedIn.as(SCHOOL_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post(ONE + "/review").param("accepted", "false").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(books, never()).start(anyLong(), any());
        verify(books, never()).review(anyLong(), anyBoolean(), any(), any());
    }
}
