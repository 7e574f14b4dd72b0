package cn.gov.hunan.chuyi.organization;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.region.County;
import cn.gov.hunan.chuyi.region.Regions;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** County coverage of public secondary schools: for the department, the cities and the inspectors. */
@ControllerSlice(CoverageController.class)
class CoverageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganizationDirectory directory;

    @BeforeEach
    void coverage() {
        when(directory.coverage(any()))
                .thenReturn(List.of(
                        new CountyCoverage(Regions.changsha(), Regions.liuyang(), List.of(Organizations.ownSchool())),
                        new CountyCoverage(
                                Regions.changsha(), new County("430121", "长沙县", SignedIn.CITY, false), List.of())));
    }

    @Test
    void coverageIsForTheDepartmentTheCitiesAndTheInspectors() throws Exception {
        SignedIn.rule(mvc, () -> get("/coverage"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/coverage.xlsx"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void thePageCountsTheGapsOfTheViewersCoverage() throws Exception {
        mvc.perform(get("/coverage").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("county-430121")))
                .andExpect(content().string(containsString("浏阳市楚怡中等职业学校")));
        verify(directory).coverage(argThat(viewer -> viewer.has(CITY_OFFICER)));
    }

    @Test
    void theWorkbookIsADownload() throws Exception {
        mvc.perform(get("/coverage.xlsx").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("county-coverage.xlsx")));
    }
}
