package cn.gov.hunan.chuyi.selection.nomination;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.attachment.AttachmentRejected;
import cn.gov.hunan.chuyi.selection.SealedPageFiles;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The sealed page (单位盖章): only a school uploads it; every role that reads the nomination downloads it; 404 else. */
@ControllerSlice(SealedPageController.class)
class SealedPageControllerTests {

    private static final long ID = 7;
    private static final long HIDDEN = 999;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SealedPages sealedPages;

    @BeforeEach
    void pages() {
        var page = new AttachmentView(
                41, "盖章页.pdf", "application/pdf", 4096, "00", "xhcy", LocalDateTime.of(2026, 6, 1, 9, 0));
        when(sealedPages.download(eq(ID), any()))
                .thenReturn(new NominationAttachments.Download(page, new ByteArrayResource(SealedPageFiles.PDF)));
        when(sealedPages.download(eq(HIDDEN), any())).thenThrow(new NotFoundException("nomination", HIDDEN));
    }

    @Test
    void onlyASchoolUploadsTheSealedPage() throws Exception {
        SignedIn.rule(
                        mvc,
                        () -> multipart("/nominations/" + ID + "/sealed-page").file(SealedPageFiles.upload()))
                .allows(redirectedUrl("/nominations/" + ID), SCHOOL_ADMIN)
                .refusesTheRest();
        verify(sealedPages).upload(eq(ID), any(), any());
    }

    @Test
    void everyRoleThatReadsTheNominationDownloadsIt() throws Exception {
        SignedIn.rule(mvc, () -> get("/nominations/" + ID + "/sealed-page"))
                .allows(
                        header().string("Content-Disposition", containsString("attachment")),
                        PROVINCE_ADMIN,
                        CITY_OFFICER,
                        SCHOOL_ADMIN,
                        EXPERT)
                .refusesTheRest();
        mvc.perform(get("/nominations/" + HIDDEN + "/sealed-page").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedFileGoesBackWithTheReasonBesideTheField() throws Exception {
        doThrow(new AttachmentRejected("sealpage.error.type").at("file"))
                .when(sealedPages)
                .upload(eq(ID), any(), any());
        mvc.perform(multipart("/nominations/" + ID + "/sealed-page")
                        .file(SealedPageFiles.upload())
                        .header("Referer", "/nominations/" + ID)
                        .with(SignedIn.as(SCHOOL_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/nominations/" + ID))
                .andExpect(flash().attribute("errorKey", "sealpage.error.type"))
                .andExpect(flash().attribute("errorField", "file"));
    }

    @Test
    void anUploadNeedsItsToken() throws Exception {
        mvc.perform(multipart("/nominations/" + ID + "/sealed-page")
                        .file(SealedPageFiles.upload())
                        .with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isForbidden());
        verify(sealedPages, never()).upload(anyLong(), any(), any());
    }
}
