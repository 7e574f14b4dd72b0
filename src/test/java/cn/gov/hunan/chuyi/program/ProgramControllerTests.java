package cn.gov.hunan.chuyi.program;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The programme catalogue's pages: who reads them, who changes a target, and a refused target form keeping its text. */
@ControllerSlice(ProgramController.class)
class ProgramControllerTests {

    private static final String CODE = "CHUYI_SECONDARY";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgramCatalogue catalogue;

    @BeforeEach
    void catalogue() {
        when(catalogue.all()).thenReturn(List.of(Programs.school(CODE)));
        when(catalogue.get(CODE)).thenReturn(Programs.school(CODE));
        when(catalogue.get("NONE")).thenThrow(new NotFoundException("program", "NONE"));
        when(catalogue.page(eq(CODE), any()))
                .thenReturn(
                        new ProgramCatalogue.ProgramPage(Programs.school(CODE), List.of(), List.of(), false, false));
        when(catalogue.page(eq("NONE"), any())).thenThrow(new NotFoundException("program", "NONE"));
    }

    @Test
    void theCatalogueIsReadByTheBusinessRoles() throws Exception {
        SignedIn.rule(mvc, () -> get("/programs"))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> get("/programs/" + CODE))
                .allows(status().isOk(), PROVINCE_ADMIN, CITY_OFFICER, SCHOOL_ADMIN, EXPERT, INSPECTOR)
                .refusesTheRest();
    }

    @Test
    void anUnknownProgrammeIsNotFound() throws Exception {
        mvc.perform(get("/programs/NONE").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void onlyTheDepartmentChangesATarget() throws Exception {
        SignedIn.rule(mvc, () -> get("/programs/" + CODE + "/target"))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/programs/" + CODE + "/target")
                                .param("target", "21")
                                .param("reason", "规划调整")
                                .param("version", "3"))
                .allows(redirectedUrl("/programs/" + CODE), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(catalogue).changeTarget(CODE, 21, "规划调整", 3, "province_admin");
    }

    @Test
    void aTargetWithoutAReasonComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/programs/" + CODE + "/target")
                        .param("target", "25")
                        .param("reason", " ")
                        .param("version", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("program/target-form"))
                .andExpect(model().attributeHasFieldErrors("form", "reason"))
                .andExpect(content().string(containsString("value=\"25\"")))
                .andExpect(content().string(containsString("请填写调整理由")));
        verify(catalogue, never()).changeTarget(anyString(), any(), anyString(), anyLong(), anyString());
    }

    @Test
    void aTargetTheCatalogueRefusesComesBackWithItsReasonAndTheText() throws Exception {
        doThrow(new TargetChangeRejected("program.target.error.belowDesignated"))
                .when(catalogue)
                .changeTarget(CODE, 5, "压缩规模", 3, "province_admin");
        mvc.perform(post("/programs/" + CODE + "/target")
                        .param("target", "5")
                        .param("reason", "压缩规模")
                        .param("version", "3")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("value=\"5\"")))
                .andExpect(content().string(containsString("压缩规模")));
    }

    @Test
    void aStaleTargetFormComesBackWithTheCurrentVersion() throws Exception {
        doThrow(new OptimisticLockException()).when(catalogue).changeTarget(CODE, 22, "新增名额", 2, "province_admin");
        mvc.perform(post("/programs/" + CODE + "/target")
                        .param("target", "22")
                        .param("reason", "新增名额")
                        .param("version", "2")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")))
                .andExpect(content().string(containsString("新增名额")));
    }
}
