package cn.gov.hunan.chuyi.project.funds;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.project.FundSource;
import cn.gov.hunan.chuyi.project.ProjectView;
import cn.gov.hunan.chuyi.project.ProjectViews;
import cn.gov.hunan.chuyi.project.ReportStatus;
import cn.gov.hunan.chuyi.project.ReportView;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project's funds: read by the business roles who see the project, allocations kept by the department only
 * (deleting asks first), spending stated by the school. (Uploads are the imports' pages: ImportControllerTests.)
 */
@ControllerSlice(FundController.class)
class FundControllerTests {

    private static final long PROJECT = ProjectViews.PROJECT;
    private static final long REPORT = ProjectViews.REPORT;
    private static final String FUNDS = "/projects/" + PROJECT + "/funds";
    private static final String SPENDING = "/projects/" + PROJECT + "/reports/" + REPORT + "/spending";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FundService funds;

    /** The school administrator's project (the project slices' own). */
    static ProjectView project() {
        return ProjectViews.project("SECONDARY_SCHOOL", 2024);
    }

    @BeforeEach
    void pages() {
        var totals = new FundTotals("11", new BigDecimal("2000000"), new BigDecimal("500000"));
        var line = new FundAllocation.AllocationLine(
                5L, 2025, FundSource.PROVINCIAL, new BigDecimal("2000000.00"), "湘财教〔2025〕8号", "admin", 0);
        when(funds.page(eq(PROJECT), any(), any()))
                .thenReturn(new FundService.FundsPage(
                        project(), totals, List.of(line), List.of(), List.of(FundSource.values()), null, true));
        var report =
                new ReportView(REPORT, PROJECT, 2025, ReportStatus.DRAFT, null, null, null, null, Map.of(), 0, true);
        when(funds.spending(eq(PROJECT), eq(REPORT), any()))
                .thenReturn(new FundService.SpendingPage(
                        project(),
                        report,
                        Map.of(FundSource.PROVINCIAL, new BigDecimal("500000.00")),
                        new BigDecimal("500000.00"),
                        List.of(FundSource.values()),
                        true,
                        false));
    }

    @Test
    void theFundsAreReadByTheBusinessRoles() throws Exception {
        for (String page : List.of(FUNDS, SPENDING)) {
            SignedIn.rule(mvc, () -> get(page))
                    .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                    .refusesTheRest();
        }
        mvc.perform(get(FUNDS).with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(content().string(containsString("25.0%")))
                .andExpect(content().string(containsString("2,000,000.00")));
    }

    @Test
    void onlyTheDepartmentAllocates() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(FUNDS)
                                .param("year", "2025")
                                .param("source", "PROVINCIAL")
                                .param("amount", "1,000,000")
                                .param("document", "湘财教〔2025〕8号"))
                .allows(redirectedUrl(FUNDS), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(funds)
                .add(
                        eq(PROJECT),
                        eq(new AllocationForm.Allocation(
                                2025, FundSource.PROVINCIAL, new BigDecimal("1000000.00"), "湘财教〔2025〕8号")),
                        any());
        SignedIn.rule(
                        mvc,
                        () -> post(FUNDS + "/5")
                                .param("year", "2025")
                                .param("source", "CITY")
                                .param("amount", "10")
                                .param("version", "0"))
                .allows(redirectedUrl(FUNDS), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post(FUNDS + "/5/delete").param("version", "0").param("confirmed", "true"))
                .allows(redirectedUrl(FUNDS), PROVINCE_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aWrongAmountComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
        mvc.perform(post(FUNDS)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf())
                        .header("Referer", "http://localhost" + FUNDS)
                        .param("year", "2025")
                        .param("source", "PROVINCIAL")
                        .param("amount", "两百万"))
                .andExpect(redirectedUrl(FUNDS))
                .andExpect(flash().attribute("errorKey", "funds.error.amount"))
                .andExpect(flash().attribute("errorField", "amount"));
        verify(funds, never()).add(anyLong(), any(), any());
    }

    @Test
    void deletingAsksFirst() throws Exception {
        mvc.perform(post(FUNDS + "/5/delete")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"confirmed\"")));
        verify(funds, never()).delete(anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    void onlyTheSchoolStatesSpending() throws Exception {
        SignedIn.rule(mvc, () -> post(SPENDING).param("amount_PROVINCIAL", "500,000"))
                .allows(redirectedUrl(SPENDING), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(funds).saveSpending(eq(PROJECT), eq(REPORT), any(), any());
    }
}
