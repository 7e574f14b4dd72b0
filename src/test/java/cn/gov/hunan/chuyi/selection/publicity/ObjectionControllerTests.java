package cn.gov.hunan.chuyi.selection.publicity;

import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The department's handling of objections: only the department, an objection outside the round is 404 before it is
 * named on a confirmation page, every disposition asked about first, CSRF.
 */
@ControllerSlice(ObjectionController.class)
class ObjectionControllerTests {

    private static final long OBJECTION = 61;
    private static final long OTHER_ROUNDS = 62;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ObjectionService publicity;

    @BeforeEach
    void objections() {
        when(publicity.objections(eq(1L), any()))
                .thenReturn(List.of(new ObjectionView(
                        OBJECTION,
                        5,
                        "湘绣文化传承基地",
                        "张三",
                        "13800000000",
                        "数据不实",
                        "OPEN",
                        null,
                        null,
                        LocalDateTime.of(2026, 9, 1, 10, 0),
                        "证明.pdf",
                        "YY-ABCD-2345",
                        "10.0.0.8",
                        false,
                        true)));
        when(publicity.evidence(1, OBJECTION))
                .thenReturn(new ObjectionService.Evidence(
                        "证明.pdf",
                        "application/pdf",
                        new ByteArrayResource("%PDF".getBytes(StandardCharsets.US_ASCII))));
        when(publicity.evidence(1, OTHER_ROUNDS)).thenThrow(new NotFoundException("objection", OTHER_ROUNDS));
    }

    @Test
    void onlyTheDepartmentReadsTheEvidenceAndDisposes() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds/1/objections/" + OBJECTION + "/evidence"))
                .allows(
                        result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                                .contains("attachment"),
                        PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/rounds/1/objections/" + OBJECTION)
                                .param("upheld", "false")
                                .param("disposition", "经核实，材料属实")
                                .param("confirmed", "true"))
                .allows(redirectedUrl("/rounds/1"), PROVINCE_ADMIN)
                .refusesTheRest();
        verify(publicity).resolve(eq(1L), eq(OBJECTION), eq(false), eq("经核实，材料属实"), any());
    }

    @Test
    void anObjectionOfAnotherRoundIsNotFoundNotAskedAbout() throws Exception {
        mvc.perform(get("/rounds/1/objections/" + OTHER_ROUNDS + "/evidence").with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        mvc.perform(post("/rounds/1/objections/" + OTHER_ROUNDS)
                        .param("upheld", "true")
                        .param("disposition", "成立")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(publicity, never()).resolve(anyLong(), anyLong(), anyBoolean(), any(), any());
    }

    @Test
    void upholdingIsAskedAboutFirstNamingTheNomination() throws Exception {
        mvc.perform(post("/rounds/1/objections/" + OBJECTION)
                        .param("upheld", "true")
                        .param("disposition", "异议成立")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/confirm"))
                .andExpect(model().attribute("consequence", "selection.objection.confirmUphold"))
                .andExpect(content().string(containsString("湘绣文化传承基地")))
                .andExpect(content().string(containsString("异议成立")));
        mvc.perform(post("/rounds/1/objections/" + OBJECTION)
                        .param("upheld", "false")
                        .param("disposition", "不成立")
                        .with(SignedIn.as(PROVINCE_ADMIN))
                        .with(csrf()))
                .andExpect(model().attribute("consequence", "selection.objection.confirmReject"));
        verify(publicity, never()).resolve(anyLong(), anyLong(), anyBoolean(), any(), any());
    }

    @Test
    void theDispositionNeedsItsToken() throws Exception {
        mvc.perform(post("/rounds/1/objections/" + OBJECTION)
                        .param("upheld", "true")
                        .param("confirmed", "true")
                        .with(SignedIn.as(PROVINCE_ADMIN)))
                .andExpect(status().isForbidden());
        verify(publicity, never()).resolve(anyLong(), anyLong(), anyBoolean(), any(), any());
    }
}
