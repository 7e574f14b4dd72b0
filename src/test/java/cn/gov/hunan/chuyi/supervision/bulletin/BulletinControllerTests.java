package cn.gov.hunan.chuyi.supervision.bulletin;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.supervision.plan.PlanStatus;
import cn.gov.hunan.chuyi.supervision.plan.PlanView;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The staff page of a year's bulletin: only province staff see and issue it, and issuing asks first. */
@ControllerSlice(BulletinController.class)
class BulletinControllerTests {

    static final String PAGE = "/supervision/plans/1/bulletin";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BulletinService bulletins;

    static BulletinPage draft() {
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
        var issued = PublicBulletinControllerTests.issued();
        var lines = new BulletinView(1, 2026, plan.topic(), null, null, null, issued.cities(), issued.overdue(), null);
        return new BulletinPage(plan, lines, false, true, true);
    }

    @BeforeEach
    void bulletins() {
        when(bulletins.page(eq(1L), any())).thenReturn(draft());
        when(bulletins.page(eq(404L), any())).thenThrow(new NotFoundException("plan", 404));
    }

    @Test
    void onlyProvinceStaffSeeAndIssueTheBulletin() throws Exception {
        SignedIn.rule(mvc, () -> get(PAGE))
                .allows(status().isOk(), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post(PAGE)
                                .param("documentNumber", "湘教督通〔2026〕1号")
                                .param("issuedOn", "2026-12-20")
                                .param("preface", "第一段。")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/supervision/bulletins/2026"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(bulletins).publish(eq(1L), eq("湘教督通〔2026〕1号"), eq(LocalDate.of(2026, 12, 20)), eq("第一段。"), any());
    }

    @Test
    void issuingWithoutConfirmationAsksFirstAndIssuesNothing() throws Exception {
        mvc.perform(post(PAGE)
                        .param("documentNumber", "湘教督通〔2026〕1号")
                        .param("issuedOn", "2026-12-20")
                        .param("preface", "第一段。")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(content().string(containsString("将发布2026年度督导结果通报（1 个督导对象、1 项逾期问题）")))
                .andExpect(content().string(containsString("value=\"湘教督通〔2026〕1号\"")));
        verify(bulletins, never()).publish(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aHiddenPlanIsNotFoundAndNeverAsksForConfirmation() throws Exception {
        mvc.perform(get("/supervision/plans/404/bulletin").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(post("/supervision/plans/404/bulletin")
                        .param("documentNumber", "x")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(bulletins, never()).publish(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aRefusedIssueGoesBackWithWhatWasTyped() throws Exception {
        doThrow(new BulletinRejected("supervision.bulletin.error.number").at("documentNumber"))
                .when(bulletins)
                .publish(eq(1L), any(), any(), eq("第一段。"), any());
        mvc.perform(post(PAGE)
                        .param("documentNumber", " ")
                        .param("issuedOn", "2026-12-20")
                        .param("preface", "第一段。")
                        .param("confirmed", "true")
                        .header("Referer", "http://localhost" + PAGE)
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("errorKey", "supervision.bulletin.error.number"))
                .andExpect(flash().attribute("errorField", "documentNumber"))
                .andExpect(result -> {
                    @SuppressWarnings("unchecked")
                    var typed = (Map<String, String>) result.getFlashMap().get("typed");
                    assertThat(typed).containsEntry("preface", "第一段。");
                });
    }
}
