package cn.gov.hunan.chuyi.supervision.task;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.imports.ImportFixtures;
import cn.gov.hunan.chuyi.imports.ImportPage;
import cn.gov.hunan.chuyi.imports.RowProblem;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city's import of its schools' figures: city officers only (another city's task is not found, as the service
 * says), the report names the row and the column's header, applying asks first.
 */
@ControllerSlice(FiguresImportController.class)
class FiguresImportControllerTests {

    static final String BASE = "/supervision/tasks/5/figures-import";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FiguresImportService service;

    @BeforeEach
    void service() {
        var task = Inspections.loudi();
        when(service.page(eq(5L), any()))
                .thenReturn(new FiguresImportService.Page(
                        task,
                        new ImportPage(
                                BASE,
                                "supervision.figuresImport.step.template",
                                true,
                                List.of(ImportFixtures.applied(3, "上次.xlsx", 12, "娄底市教育局")))));
        when(service.template(eq(5L), any(), any())).thenReturn(new byte[] {1});
        when(service.check(eq(5L), any(), any())).thenReturn(7L);
        Map<String, String> columns = Map.of("1.双师型教师数", "1.双师型教师数", "1.专业课教师数", "1.专业课教师数");
        when(service.report(eq(5L), eq(7L), any(), any()))
                .thenReturn(new FiguresImportService.Report(
                        task,
                        ImportFixtures.reportPage(
                                BASE,
                                ImportFixtures.report("学校数据.xlsx", 12, "娄底市教育局", List.of()),
                                columns,
                                "supervision.figuresImport.confirm")));
        when(service.report(eq(5L), eq(8L), any(), any()))
                .thenReturn(new FiguresImportService.Report(
                        task,
                        ImportFixtures.reportPage(
                                BASE,
                                ImportFixtures.report(
                                        "学校数据.xlsx",
                                        12,
                                        "娄底市教育局",
                                        List.of(
                                                new RowProblem(
                                                        3,
                                                        "1.双师型教师数",
                                                        "supervision.figuresImport.problem.negative",
                                                        List.of("-4")),
                                                new RowProblem(
                                                        4,
                                                        "1.双师型教师数",
                                                        "supervision.figuresImport.problem.half",
                                                        List.of("1.专业课教师数")))),
                                Map.of("1.双师型教师数", "1. Numerator: 双师型教师数", "1.专业课教师数", "1. Denominator: 专业课教师数"),
                                "supervision.figuresImport.confirm")));
        when(service.page(eq(404L), any())).thenThrow(new NotFoundException("task", 404L));
    }

    @Test
    void onlyCityOfficersImportTheirSchoolsFigures() throws Exception {
        SignedIn.rule(mvc, () -> get(BASE))
                .allows(status().isOk(), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(BASE + "/template"))
                .allows(status().isOk(), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get(BASE + "/7"))
                .allows(status().isOk(), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> multipart(BASE).file(ImportFixtures.workbook()).with(csrf()))
                .allows(redirectedUrl(BASE + "/7"), CITY_OFFICER)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post(BASE + "/7/apply").param("version", "0").param("confirmed", "true"))
                .allows(redirectedUrl(BASE + "/7"), CITY_OFFICER)
                .refusesTheRest();
    }

    @Test
    void anotherCitysTaskIsNotFound() throws Exception {
        mvc.perform(get("/supervision/tasks/404/figures-import").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTemplateIsAWorkbookNamedInTheUsersLanguage() throws Exception {
        mvc.perform(get(BASE + "/template").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
    }

    @Test
    void anUploadWithoutAFileComesBackToThePageWithTheReason() throws Exception {
        when(service.check(eq(5L), any(), any())).thenThrow(new AttachmentRejected("attachment.error.missing"));
        mvc.perform(multipart(BASE).with(SignedIn.as(CITY_OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")));
    }

    @Test
    void aFileThatIsNoWorkbookComesBackToTheFormSayingAnImportTakesOnlyXlsx() throws Exception {
        when(service.check(eq(5L), any(), any())).thenThrow(ImportFixtures.notAWorkbook());
        mvc.perform(multipart(BASE)
                        .file(ImportFixtures.pdf())
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ImportFixtures.NOT_XLSX_ZH)))
                .andExpect(content().string(not(containsString(ImportFixtures.OTHER_TYPES))))
                .andExpect(content().string(containsString("id=\"import-form\"")))
                .andExpect(content().string(containsString("<td>娄底市教育局</td>")));
    }

    @Test
    void thePageOffersTheTemplateTheFormAndTheHistoryByDisplayName() throws Exception {
        mvc.perform(get(BASE).with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + BASE + "/template\"")))
                .andExpect(content().string(containsString("action=\"" + BASE + "\"")))
                .andExpect(content().string(containsString("href=\"" + BASE + "/3\"")))
                .andExpect(content().string(containsString("<td>娄底市教育局</td>")));
    }

    @Test
    void theReportNamesTheRowAndTheColumnsHeaderAndOffersNoApply() throws Exception {
        mvc.perform(get(BASE + "/8").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("发现 2 处错误")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("<td>1. Numerator: 双师型教师数</td>")))
                .andExpect(content().string(containsString("不能为负数（-4）")))
                .andExpect(content().string(containsString("另一列（1. Denominator: 专业课教师数）")))
                .andExpect(content().string(containsString("娄底市教育局 · 2026-12-01 09:30")))
                .andExpect(content().string(not(containsString("apply-import"))));
    }

    @Test
    void applyingAsksFirstNamingTheRowsAndTheFile() throws Exception {
        mvc.perform(post(BASE + "/7/apply")
                        .param("version", "0")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(content().string(containsString("将把“学校数据.xlsx”中 12 行学校的数据写入本督查任务")));
        verify(service, never()).apply(anyLong(), anyLong(), anyLong(), any());
        mvc.perform(post(BASE + "/7/apply")
                        .param("version", "0")
                        .param("confirmed", "true")
                        .with(SignedIn.as(CITY_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl(BASE + "/7"));
        verify(service).apply(eq(5L), eq(7L), eq(0L), any());
    }
}
