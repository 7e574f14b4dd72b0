package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.support.SignedIn.CITY;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The flagship checklist: read by the department, the cities and the inspectors; recorded by the first two. */
@ControllerSlice(FlagshipController.class)
class FlagshipControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FlagshipChecklist checklist;

    @BeforeEach
    void checklist() {
        when(checklist.overview(any())).thenReturn(List.of(ProjectViews.city()));
        when(checklist.city(eq(CITY), any())).thenReturn(ProjectViews.city());
        when(checklist.city(eq("439900"), any())).thenThrow(new NotFoundException("city", "439900"));
        when(checklist.file(CITY, "NAME"))
                .thenReturn(new ReportService.Download(
                        "命名文件.pdf", "application/pdf", new ByteArrayResource(new byte[] {37, 80, 68, 70})));
    }

    @Test
    void theChecklistIsReadByTheDepartmentTheCitiesAndTheInspectors() throws Exception {
        SignedIn.rule(mvc, () -> get("/flagships"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/flagships/" + CITY))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/flagships/" + CITY + "/NAME/file"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void aCityTheServiceDoesNotKnowIsNotFound() throws Exception {
        mvc.perform(get("/flagships/439900").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void theDepartmentAndTheCitiesRecordAnItem() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> multipart("/flagships/" + CITY + "/NAME")
                                .file(new MockMultipartFile(
                                        "file", "命名.pdf", "application/pdf", new byte[] {37, 80, 68, 70}))
                                .param("done", "true")
                                .param("evidence", "湘教发〔2025〕3号"))
                .allows(redirectedUrl("/flagships/" + CITY), PROVINCE_ADMIN, CITY_OFFICER)
                .refusesTheRest();
        verify(checklist, times(2)).record(eq(CITY), eq("NAME"), eq(true), eq("湘教发〔2025〕3号"), any(), any());
    }

    @Test
    void aRecordNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/flagships/" + CITY + "/NAME").param("done", "true").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isForbidden());
        verify(checklist, never()).record(any(), any(), anyBoolean(), any(), any(), any());
    }
}
