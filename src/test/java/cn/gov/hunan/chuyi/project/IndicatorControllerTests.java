package cn.gov.hunan.chuyi.project;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.project.ProjectViews.INDICATOR;
import static cn.gov.hunan.chuyi.project.ProjectViews.PROGRAM;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.program.ProgramCatalogue;
import cn.gov.hunan.chuyi.program.Programs;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A programme's construction indicators: the department's alone; an unknown programme is not found. */
@ControllerSlice(IndicatorController.class)
class IndicatorControllerTests {

    private static final String INDICATORS = "/programs/" + PROGRAM + "/indicators";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IndicatorService indicators;

    @MockitoBean
    ProgramCatalogue programs;

    @BeforeEach
    void indicators() {
        when(programs.get(PROGRAM)).thenReturn(Programs.school(PROGRAM));
        when(programs.get("NONE")).thenThrow(new NotFoundException("program", "NONE"));
        when(indicators.page(PROGRAM)).thenReturn(ProjectViews.indicators());
    }

    @Test
    void onlyTheDepartmentKeepsTheIndicators() throws Exception {
        SignedIn.rule(mvc, () -> get(INDICATORS))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post(INDICATORS).param("name", "专业群数量").param("unit", "个"))
                .allows(redirectedUrl(INDICATORS), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(indicators).add(PROGRAM, "专业群数量", "个", "province_admin");
        SignedIn.rule(
                        mvc,
                        () -> post(INDICATORS + "/" + INDICATOR)
                                .param("name", "双师比例")
                                .param("unit", "%")
                                .param("version", "0"))
                .allows(redirectedUrl(INDICATORS), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(indicators).rename(INDICATOR, "双师比例", "%", 0, "province_admin");
        SignedIn.rule(
                        mvc,
                        () -> post(INDICATORS + "/" + INDICATOR + "/active")
                                .param("active", "false")
                                .param("version", "0"))
                .allows(redirectedUrl(INDICATORS), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(indicators).setActive(INDICATOR, false, 0, "province_admin");
        SignedIn.rule(mvc, () -> post(INDICATORS + "/" + INDICATOR + "/move").param("up", "true"))
                .allows(redirectedUrl(INDICATORS), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(indicators).move(INDICATOR, true, "province_admin");
    }

    @Test
    void anUnknownProgrammeIsNotFound() throws Exception {
        mvc.perform(get("/programs/NONE/indicators").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void aRefusedIndicatorGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new ProjectRejected("project.indicator.error.fields").at("name"))
                .when(indicators)
                .add(PROGRAM, null, "个", "province_admin");
        mvc.perform(post(INDICATORS)
                        .param("unit", "个")
                        .header("Referer", INDICATORS)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(INDICATORS))
                .andExpect(flash().attribute("errorKey", "project.indicator.error.fields"))
                .andExpect(flash().attribute("errorField", "name"));
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post(INDICATORS).param("name", "x").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(INDICATORS + "/" + INDICATOR + "/move")
                        .param("up", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(indicators, never()).add(any(), any(), any(), any());
        verify(indicators, never()).move(anyLong(), anyBoolean(), any());
        mvc.perform(get(INDICATORS).with(SignedIn.as(CITY_OFFICER))).andExpect(status().isForbidden());
    }
}
