package cn.gov.hunan.chuyi.supervision.finding;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.INSPECTOR;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.ConfirmationRequired;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The life of a rectification after it starts: who asks for more time, who decides, chases, signs off and re-checks. */
@ControllerSlice(RectificationLifeController.class)
class RectificationLifeControllerTests {

    static final String FINDING = "/supervision/findings/7";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RectificationLife rectification;

    @Test
    void theResponsibleAskForMoreTime() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(FINDING + "/extensions")
                                .param("reason", "资金未到位")
                                .param("proposedDeadline", "2027-06-30"))
                .allows(redirectedUrl(FINDING), CITY_OFFICER, SCHOOL_ADMIN)
                .refusesTheRest();
        verify(rectification)
                .requestExtension(
                        eq(7L), eq("资金未到位"), eq(LocalDate.of(2027, 6, 30)), eq(SignedIn.principal(CITY_OFFICER)));
    }

    @Test
    void theOverseersDecideChaseAndRecheck() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(FINDING + "/extensions/3")
                                .param("approve", "true")
                                .param("version", "2"))
                .allows(redirectedUrl(FINDING), PROVINCE_ADMIN, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post(FINDING + "/chase").param("message", "请尽快整改"))
                .allows(redirectedUrl(FINDING), PROVINCE_ADMIN, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(mvc, () -> post(FINDING + "/recheck"))
                .allows(redirectedUrl(FINDING), PROVINCE_ADMIN, INSPECTOR)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(FINDING + "/recheck/outcome")
                                .param("closureStands", "false")
                                .param("deadline", "2027-03-31"))
                .allows(redirectedUrl(FINDING), PROVINCE_ADMIN, INSPECTOR)
                .refusesTheRest();
        verify(rectification)
                .concludeRecheck(
                        eq(7L), eq(false), any(), eq(LocalDate.of(2027, 3, 31)), eq(SignedIn.principal(INSPECTOR)));
    }

    @Test
    void onlyTheDepartmentSignsOff() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> post(FINDING + "/sign-off").param("note", "已整改到位").param("confirmed", "true"))
                .allows(redirectedUrl(FINDING), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(rectification).signOff(eq(7L), eq("已整改到位"), eq(true), any());
    }

    @Test
    void signingOffWithoutConfirmationAsksFirstWithTheNote() throws Exception {
        doAnswer(call -> {
                    ConfirmationRequired.unless(call.getArgument(2), "supervision.finding.confirm.signOff", "经费保障");
                    return null;
                })
                .when(rectification)
                .signOff(anyLong(), any(), anyBoolean(), any());
        mvc.perform(post(FINDING + "/sign-off")
                        .param("note", "已整改到位")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("经费保障")))
                .andExpect(content().string(containsString("value=\"已整改到位\"")));
    }

    @Test
    void aHiddenFindingIsNotFound() throws Exception {
        doThrow(new NotFoundException("finding", 404)).when(rectification).chase(eq(404L), any(), any());
        mvc.perform(post("/supervision/findings/404/chase")
                        .param("message", "x")
                        .with(SignedIn.as(INSPECTOR))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedExtensionGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new FindingRejected("supervision.extension.error.note").at("reason"))
                .when(rectification)
                .requestExtension(anyLong(), any(), any(), any());
        mvc.perform(post(FINDING + "/extensions")
                        .param("reason", "")
                        .param("proposedDeadline", "2027-06-30")
                        .header("Referer", "http://localhost" + FINDING)
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl(FINDING))
                .andExpect(flash().attribute("errorField", "reason"))
                .andExpect(result -> assertThat(result.getFlashMap().get("typed"))
                        .asString()
                        .contains("proposedDeadline=2027-06-30"));
    }
}
