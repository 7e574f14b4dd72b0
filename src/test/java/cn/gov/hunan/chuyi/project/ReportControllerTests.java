package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static cn.gov.hunan.chuyi.project.ProjectViews.INDICATOR;
import static cn.gov.hunan.chuyi.project.ProjectViews.PROJECT;
import static cn.gov.hunan.chuyi.project.ProjectViews.REPORT;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Annual reports: read by the business roles the service lets see them, written and submitted by the school, reviewed
 * by the department; a refused report comes back with what was typed and each reason beside its field.
 */
@ControllerSlice(ReportController.class)
class ReportControllerTests {

    private static final String REPORTS = "/projects/" + PROJECT + "/reports";
    private static final String ONE = REPORTS + "/" + REPORT;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportService reports;

    @MockitoBean
    ReportCompletion completion;

    @BeforeEach
    void reports() {
        when(reports.page(eq(REPORT), any())).thenReturn(ProjectViews.report());
        when(reports.page(eq(404L), any())).thenThrow(new NotFoundException("report", 404L));
        when(reports.start(eq(PROJECT), eq(2025), any())).thenReturn(REPORT);
        when(reports.download(eq(REPORT), eq(5L), any()))
                .thenReturn(new ReportService.Download(
                        "佐证.pdf", "application/pdf", new ByteArrayResource(new byte[] {37, 80, 68, 70})));
    }

    @Test
    void aReportIsReadByTheBusinessRoles() throws Exception {
        SignedIn.rule(mvc, () -> get(ONE))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(ONE + "/attachments/5"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void aReportTheServiceHidesIsNotFound() throws Exception {
        mvc.perform(get(REPORTS + "/404").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        when(reports.download(eq(REPORT), eq(6L), any())).thenThrow(new NotFoundException("file", 6L));
        mvc.perform(get(ONE + "/attachments/6").with(SignedIn.as(CITY_OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void aReportUnderAnotherProjectsAddressIsNotFound() throws Exception {
        mvc.perform(get("/projects/99/reports/" + REPORT).with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void onlyTheSchoolWritesAndSubmits() throws Exception {
        SignedIn.rule(mvc, () -> post(REPORTS).param("year", "2025"))
                .allows(redirectedUrl(ONE), SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(ONE)
                                .param("target_" + INDICATOR, "40")
                                .param("actual_" + INDICATOR, "42.5")
                                .param("narrative", "建设顺利")
                                .param("version", "5"))
                .allows(redirectedUrl(ONE), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(reports)
                .save(
                        eq(REPORT),
                        eq(Map.of(INDICATOR, new ReportValue(new BigDecimal("40"), new BigDecimal("42.5")))),
                        eq("建设顺利"),
                        eq(5L),
                        any());
        SignedIn.rule(mvc, () -> post(ONE + "/submit"))
                .allows(redirectedUrl(ONE), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(reports).submit(eq(REPORT), any());
        SignedIn.rule(
                        mvc,
                        () -> multipart(ONE + "/attachments")
                                .file(new MockMultipartFile(
                                        "file", "佐证.pdf", "application/pdf", new byte[] {37, 80, 68, 70})))
                .allows(redirectedUrl(ONE), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(reports).attach(eq(REPORT), any(), any());
    }

    @Test
    void onlyTheDepartmentReviews() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(ONE + "/review").param("accepted", "false").param("comment", "请补充数据"))
                .allows(redirectedUrl(ONE), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(reports).review(eq(REPORT), eq(false), eq("请补充数据"), any());
    }

    @Test
    void aValueThatIsNoNumberComesBackAsTypedWithTheReasonBesideIt() throws Exception {
        mvc.perform(post(ONE)
                        .param("target_" + INDICATOR, "四十")
                        .param("actual_" + INDICATOR, "42")
                        .param("narrative", "建设顺利")
                        .param("version", "5")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("project/report"))
                .andExpect(model().attribute("errorKey", "project.report.error.number"))
                .andExpect(content().string(containsString("四十")))
                .andExpect(content().string(containsString("建设顺利")))
                .andExpect(content().string(containsString("指标数值须是数字")));
        verify(reports, never()).save(anyLong(), anyMap(), any(), anyLong(), any());
    }

    @Test
    void aSubmissionTheRulesRefuseKeepsWhatWasTyped() throws Exception {
        doThrow(new ReportRejected(
                        "project.report.error.narrative", Map.of("narrative", "project.report.error.narrative")))
                .when(reports)
                .submit(eq(REPORT), any());
        mvc.perform(post(ONE + "/submit")
                        .param("target_" + INDICATOR, "40")
                        .param("actual_" + INDICATOR, "38")
                        .param("narrative", "")
                        .param("version", "5")
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("project/report"))
                .andExpect(model().attribute("fieldErrors", Map.of("narrative", "project.report.error.narrative")))
                .andExpect(content().string(containsString("value=\"38\"")))
                .andExpect(content().string(containsString("请填写建设情况说明")));
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post(REPORTS).param("year", "2025").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(ONE).param("version", "5").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(ONE + "/submit").with(SignedIn.as(SCHOOL_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post(ONE + "/review").param("accepted", "true").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(reports, never()).start(anyLong(), anyInt(), any());
        verify(reports, never()).submit(anyLong(), any());
        verify(reports, never()).review(anyLong(), anyBoolean(), any(), any());
    }
}
