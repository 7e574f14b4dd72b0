package cn.gov.hunan.chuyi.supervision.results;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.shared.Spreadsheet;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A year's results and their workbook: province staff only; a hidden plan is not found. */
@ControllerSlice(ResultsController.class)
class ResultsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResultsService results;

    @MockitoBean
    ResultsWorkbook workbook;

    @BeforeEach
    void results() {
        var plan = new PlanView(
                1,
                2026,
                "“双师型”教师队伍建设",
                "CITIES",
                0,
                PlanStatus.PUBLISHED,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(),
                0);
        var changsha = new CityResult(1, "430100", "长沙市", 5, Map.of(), new BigDecimal("91.5"), null, 1, 0, List.of());
        when(results.plan(1)).thenReturn(plan);
        when(results.results(1)).thenReturn(List.of(changsha));
        when(results.page(1)).thenReturn(new ResultsPage(plan, List.of(changsha), true, Map.of()));
        when(results.page(404)).thenThrow(new NotFoundException("plan", 404));
        when(results.plan(404)).thenThrow(new NotFoundException("plan", 404));
        when(workbook.sheet(eq(plan), any(), any())).thenAnswer(call -> new Spreadsheet("2026"));
    }

    @Test
    void onlyProvinceStaffReadTheResults() throws Exception {
        SignedIn.rule(mvc, () -> get("/supervision/plans/1/results"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/supervision/plans/1/results.xlsx"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
    }

    @Test
    void theResultsPageNamesTheCities() throws Exception {
        mvc.perform(get("/supervision/plans/1/results").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(view().name("supervision/plan/results"))
                .andExpect(content().string(containsString("长沙市")));
        mvc.perform(get("/supervision/plans/1/results.xlsx").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(header().string("Content-Disposition", containsString("2026-supervision-results.xlsx")));
    }

    @Test
    void aHiddenPlanIsNotFound() throws Exception {
        mvc.perform(get("/supervision/plans/404/results").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(get("/supervision/plans/404/results.xlsx").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound());
    }
}
