package cn.gov.hunan.chuyi.supervision.finding;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Findings: the inspector records and checks them, the responsible answer, the ledger's workbook is not for schools. */
@ControllerSlice(FindingController.class)
class FindingControllerTests {

    static final String FINDING = "/supervision/findings/7";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindingService rectification;

    @MockitoBean
    Rectifications rectifications;

    @MockitoBean
    LedgerWorkbook ledgerWorkbook;

    @BeforeEach
    void findings() {
        when(rectification.raise(eq(5L), any(), any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(7L);
        when(rectification.page(eq(404L), any())).thenThrow(new NotFoundException("finding", 404));
        when(rectification.download(eq(7L), eq(9L), any()))
                .thenReturn(new FindingService.Evidence(
                        "整改照片.pdf", "application/pdf", new ByteArrayResource("%PDF".getBytes())));
        when(ledgerWorkbook.of(any(), any())).thenAnswer(call -> new Spreadsheet("ledger"));
    }

    @Test
    void onlyTheInspectorRecordsAndChecksAFinding() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> multipart("/supervision/tasks/5/findings")
                                .param("category", "经费保障")
                                .param("severity", "SERIOUS")
                                .param("description", "生均经费未达标")
                                .param("deadline", "2027-06-30"))
                .allows(redirectedUrl(FINDING), INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(FINDING + "/verify")
                                .param("accepted", "true")
                                .param("comment", "已核实"))
                .allows(redirectedUrl(FINDING), INSPECTOR)
                .refusesTheRest();
        verify(rectification).verify(eq(7L), eq(true), eq("已核实"), eq(SignedIn.principal(INSPECTOR)));
    }

    @Test
    void onlyTheResponsibleAnswer() throws Exception {
        SignedIn.rule(mvc, () -> multipart(FINDING + "/answer").param("measures", "已追加预算"))
                .allows(redirectedUrl(FINDING), CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
    }

    @Test
    void theEvidenceIsForTheBusinessRolesAndTheWorkbookNotForSchools() throws Exception {
        SignedIn.rule(mvc, () -> get(FINDING + "/evidence/9"))
                .allows(status().isOk(), PROVINCE_ADMIN, INSPECTOR, CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/rectifications/export.xlsx"))
                .allows(status().isOk(), PROVINCE_ADMIN, INSPECTOR, CITY_OFFICER)
                .refusesTheRest();
    }

    @Test
    void aHiddenFindingIsNotFound() throws Exception {
        mvc.perform(get("/supervision/findings/404").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        doThrow(new NotFoundException("evidence", 8)).when(rectification).download(eq(7L), eq(8L), any());
        mvc.perform(get(FINDING + "/evidence/8").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedFindingGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new FindingRejected("supervision.interview.error.date").at("deadline"))
                .when(rectification)
                .raise(anyLong(), any(), any(), any(), any(), any(), any(), any(), any());
        mvc.perform(multipart("/supervision/tasks/5/findings")
                        .param("category", "经费保障")
                        .param("description", "生均经费未达标")
                        .header("Referer", "http://localhost/supervision/tasks/5")
                        .with(SignedIn.as(INSPECTOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/supervision/tasks/5"))
                .andExpect(flash().attribute("errorField", "deadline"));
        verify(rectification).raise(eq(5L), eq("经费保障"), any(), eq("生均经费未达标"), any(), any(), any(), any(), any());
    }
}
