package cn.gov.hunan.chuyi.imports;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages: province staff only, the report row by row, the apply step asking first. */
@ControllerSlice(ImportController.class)
@Import(Labels.class)
class ImportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService service;

    @MockitoBean
    OrganizationImport organizations;

    @MockitoBean
    ExpertImport experts;

    @MockitoBean
    FundAllocationImport funds;

    @BeforeEach
    void imports() {
        when(organizations.kind()).thenReturn(ImportKind.ORGANIZATIONS);
        when(experts.kind()).thenReturn(ImportKind.EXPERTS);
        when(funds.kind()).thenReturn(ImportKind.FUND_ALLOCATIONS);
        when(service.report(any(), anyString(), eq(7L)))
                .thenReturn(ImportFixtures.report("名录.xlsx", 212, "王管理员", List.of()));
        when(service.report(any(), anyString(), eq(8L)))
                .thenReturn(ImportFixtures.report(
                        "名录.xlsx",
                        212,
                        "王管理员",
                        List.of(new RowProblem(
                                3, "imports.org.creditCode", "imports.problem.creditCode", List.of("123")))));
        when(service.headers(any(), any())).thenAnswer(call -> Map.of("imports.org.creditCode", "统一社会信用代码"));
        when(service.template(any(), any())).thenReturn(new byte[] {1});
        when(service.check(any(), anyString(), any(), any())).thenReturn(7L);
    }

    @Test
    void onlyProvinceStaffUseTheImports() throws Exception {
        for (String base : List.of("/organizations/import", "/experts/import", "/funds/upload")) {
            SignedIn.rule(mvc, () -> get(base))
                    .allows(status().isOk(), PROVINCE_ADMIN)
                    .refusesTheRest();
            SignedIn.rule(mvc, () -> get(base + "/template"))
                    .allows(status().isOk(), PROVINCE_ADMIN)
                    .refusesTheRest();
            SignedIn.rule(mvc, () -> get(base + "/7"))
                    .allows(status().isOk(), PROVINCE_ADMIN)
                    .refusesTheRest();
            SignedIn.rule(
                            mvc,
                            () -> multipart(base)
                                    .file(ImportFixtures.workbook())
                                    .with(csrf()))
                    .allows(redirectedUrl(base + "/7"), PROVINCE_ADMIN)
                    .refusesTheRest();
        }
    }

    @Test
    void aFileThatIsNoWorkbookComesBackToTheFormSayingAnImportTakesOnlyXlsx() throws Exception {
        when(service.recent(ImportKind.ORGANIZATIONS, "all"))
                .thenReturn(List.of(ImportFixtures.applied(3, "上次.xlsx", 40, "王管理员")));
        when(service.check(any(), anyString(), any(), any())).thenThrow(ImportFixtures.notAWorkbook());
        mvc.perform(multipart("/organizations/import")
                        .file(ImportFixtures.pdf())
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString(ImportFixtures.NOT_XLSX_ZH)))
                .andExpect(content().string(not(containsString(ImportFixtures.OTHER_TYPES))))
                .andExpect(content().string(containsString("id=\"import-form\"")))
                .andExpect(content().string(containsString("<td>王管理员</td>")))
                .andExpect(content().string(containsString("上次.xlsx")));
        mvc.perform(multipart("/organizations/import")
                        .file(ImportFixtures.pdf())
                        .param("lang", "en")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(content().string(containsString(ImportFixtures.NOT_XLSX_EN)));
    }

    @Test
    void theReportShowsEachProblemWithItsRowAndColumnAndNoApplyButton() throws Exception {
        mvc.perform(get("/organizations/import/8").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("发现 1 处错误")))
                .andExpect(content().string(containsString("id=\"import-problems\"")))
                .andExpect(content()
                        .string(stringContainsInOrder(
                                "<th scope=\"col\">行</th>", "<th scope=\"col\">列</th>", "<th scope=\"col\">问题</th>")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("统一社会信用代码")))
                .andExpect(content().string(containsString("“123”不是有效的统一社会信用代码")))
                .andExpect(content().string(containsString("王管理员 · 2026-12-01 09:30")))
                .andExpect(content().string(not(containsString("apply-import"))));
    }

    @Test
    void applyingAsksFirstNamingTheRowsAndTheFile() throws Exception {
        mvc.perform(post("/organizations/import/7/apply")
                        .param("version", "0")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(content().string(containsString("将把“名录.xlsx”中的 212 行写入系统")));
        verify(service, never()).apply(any(), anyString(), anyLong(), anyLong(), any());
        mvc.perform(post("/organizations/import/7/apply")
                        .param("version", "0")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organizations/import/7"));
        verify(service).apply(eq(organizations), eq("all"), eq(7L), eq(0L), any());
    }

    @Test
    void theFundUploadIsAnImportOfItsOwnKindWithTheTemplateLink() throws Exception {
        mvc.perform(get("/funds/upload").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入下达资金")))
                .andExpect(content().string(containsString("href=\"/funds/upload/template\"")));
        verify(service).recent(ImportKind.FUND_ALLOCATIONS, "all");
        mvc.perform(post("/funds/upload/7/apply")
                        .param("version", "0")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/funds/upload/7"));
        verify(service).apply(eq(funds), eq("all"), eq(7L), eq(0L), any());
    }

    @Test
    void everyImportPageOffersItsTemplateInTheReadersLanguage() throws Exception {
        var titles = Map.of(
                "/organizations/import", List.of("导入组织名录", "Import organisations"),
                "/experts/import", List.of("导入专家库", "Import the expert pool"),
                "/funds/upload", List.of("导入下达资金", "Import allocations"));
        for (var page : titles.entrySet()) {
            mvc.perform(get(page.getKey()).with(SignedIn.as(PROVINCE_ADMIN)))
                    .andExpect(content().string(containsString(page.getValue().get(0))))
                    .andExpect(content().string(containsString("下载导入模板")))
                    .andExpect(content().string(containsString("href=\"" + page.getKey() + "/template\"")));
            mvc.perform(get(page.getKey()).param("lang", "en").with(SignedIn.as(PROVINCE_ADMIN)))
                    .andExpect(content().string(containsString(page.getValue().get(1))))
                    .andExpect(content().string(containsString("Download the template")));
            mvc.perform(get(page.getKey() + "/template").with(SignedIn.as(PROVINCE_ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
    }
}
