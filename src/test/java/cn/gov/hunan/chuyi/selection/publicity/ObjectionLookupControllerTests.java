package cn.gov.hunan.chuyi.selection.publicity;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public look-up of an objection's disposition: open to everyone, posted with the page's token, a reference that
 * does not match answered with one message (never which half was wrong), a malformed one beside its field.
 */
@ControllerSlice(ObjectionLookupController.class)
class ObjectionLookupControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PublicObjections objections;

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicitySettings.class)
    static class Settings {}

    @BeforeEach
    void objections() {
        when(objections.lookUp(anyString(), anyString(), any())).thenReturn(Optional.empty());
        when(objections.lookUp("YY-ABCD-2345", "13800000000", "127.0.0.1"))
                .thenReturn(Optional.of(new ObjectionDisposition(
                        "YY-ABCD-2345",
                        "REJECTED",
                        "经核实，申报材料属实，异议不成立",
                        LocalDateTime.of(2026, 9, 2, 10, 0),
                        LocalDateTime.of(2026, 9, 5, 16, 0))));
        when(objections.lookUp("bad", "13800000000", "127.0.0.1"))
                .thenThrow(new ObjectionRejected(
                        List.of(new ObjectionRejected.Problem("reference", "selection.lookup.error.reference"))));
    }

    @Test
    void theLookUpIsOpenToEveryone() throws Exception {
        SignedIn.rule(mvc, () -> get("/publicity/lookup"))
                .allows(status().isOk(), Role.values())
                .openToVisitors(status().isOk())
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/publicity/lookup")
                                .param("reference", "YY-ABCD-2345")
                                .param("telephone", "13800000000"))
                .allows(content().string(containsString("异议不成立")), Role.values())
                .openToVisitors(content().string(containsString("异议不成立")))
                .refusesTheRest();
    }

    @Test
    void aLookUpWithoutThePagesTokenIsRefused() throws Exception {
        mvc.perform(post("/publicity/lookup").param("reference", "YY-ABCD-2345").param("telephone", "13800000000"))
                .andExpect(status().isForbidden());
        verify(objections, never()).lookUp(anyString(), anyString(), any());
    }

    @Test
    void aMismatchIsOneMessageAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/publicity/lookup")
                        .param("reference", "YY-WXYZ-9999")
                        .param("telephone", "13900000000")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("lookup"))
                .andExpect(model().attributeDoesNotExist("disposition"))
                .andExpect(content().string(containsString("未找到与该受理编号和联系电话相符的异议")))
                .andExpect(content().string(containsString("YY-WXYZ-9999")));
    }

    @Test
    void aMalformedReferenceIsRefusedBesideItsField() throws Exception {
        mvc.perform(post("/publicity/lookup")
                        .param("reference", "bad")
                        .param("telephone", "13800000000")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lookup", "reference"))
                .andExpect(content().string(containsString("请输入受理编号，格式如 YY-ABCD-2345")))
                .andExpect(content().string(containsString("value=\"bad\"")));
    }
}
