package cn.gov.hunan.chuyi.selection.document;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets the documents page, the 立项 list and the 公示 notice; a malformed 文号 comes back with what was typed. */
@ControllerSlice(DocumentController.class)
class DocumentControllerTests {

    private static final long ROUND = 7;
    private static final byte[] PDF = "%PDF-1.7".getBytes();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficialDocuments documents;

    @BeforeEach
    void documents() {
        when(documents.numbers(eq(ROUND), any()))
                .thenReturn(new OfficialDocuments.Numbers(ROUND, "2026年楚怡文化传承基地遴选", "湘教通〔2026〕12号", null, 3));
        when(documents.noticePdf(eq(ROUND), any())).thenReturn(PDF);
        when(documents.designationPdf(eq(ROUND), any(), any())).thenReturn(PDF);
    }

    @Test
    void onlyProvinceStaffSetTheNumbers() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds/" + ROUND + "/documents"))
                .allows(content().string(Matchers.containsString("湘教通〔2026〕12号")), PROVINCE_ADMIN)
                .refusesTheRest();
        SignedIn.rule(
                        mvc,
                        () -> post("/rounds/" + ROUND + "/documents")
                                .with(csrf())
                                .param("noticeNumber", "湘教通〔2026〕12号")
                                .param("version", "3"))
                .allows(redirectedUrl("/rounds/" + ROUND + "/documents"), PROVINCE_ADMIN)
                .refusesTheRest();
    }

    @Test
    void aMalformedNumberComesBackWithWhatWasTypedAndTheReason() throws Exception {
        doThrow(new DocumentRejected("noticeNumber", "documents.number.invalid", "湘教通[2026]12号"))
                .when(documents)
                .setNumbers(anyLong(), any(), any(), anyLong(), any());
        mvc.perform(post("/rounds/" + ROUND + "/documents")
                        .with(SignedIn.as(Role.PROVINCE_ADMIN))
                        .with(csrf())
                        .param("noticeNumber", "湘教通[2026]12号")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"湘教通[2026]12号\"")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
    }

    @Test
    void theDesignationListIsForThoseWhoSeeRoundsAndTheNoticeForEveryone() throws Exception {
        SignedIn.rule(mvc, () -> get("/rounds/" + ROUND + "/designation.pdf"))
                .allows(
                        header().string("Content-Type", "application/pdf"),
                        PROVINCE_ADMIN,
                        CITY_OFFICER,
                        SCHOOL_ADMIN,
                        EXPERT)
                .refusesTheRest();
        // the notice is public (PublicityPages opens it to visitors: OfficialDocumentsIT); here a signed-in reader
        mvc.perform(get("/publicity/" + ROUND + "/notice.pdf").with(SignedIn.as(Role.INSPECTOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }
}
