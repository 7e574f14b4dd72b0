package cn.gov.hunan.chuyi.selection.nomination;

import static cn.gov.hunan.chuyi.account.Role.CITY_OFFICER;
import static cn.gov.hunan.chuyi.account.Role.EXPERT;
import static cn.gov.hunan.chuyi.account.Role.PROVINCE_ADMIN;
import static cn.gov.hunan.chuyi.account.Role.SCHOOL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.FileType;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.SealedPageFiles;
import cn.gov.hunan.chuyi.selection.round.Rounds;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import cn.gov.hunan.chuyi.support.ControllerSlice;
import cn.gov.hunan.chuyi.support.SignedIn;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 申报书 PDF: for every role that may read the nomination (404 for a nomination the viewer may not see), drawn
 * from the real template with the embedded font, and reading back as the nomination's own words.
 */
@ControllerSlice(ApplicationDocumentController.class)
@Import({ApplicationDocuments.class, HtmlPdf.class})
class ApplicationDocumentControllerTests {

    private static final long HIDDEN = 999;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NominationPages pages;

    @MockitoBean
    NominationDocumentRepository documents;

    @MockitoBean
    SubmittedCopyRepository copies;

    @MockitoBean
    AttachmentStore store;

    private final NominationView draft = Nominations.draft().toView("湖南工艺美术职业学院");
    private final long id = draft.id();

    @BeforeEach
    void nominations() {
        var round = Rounds.open().toSummary();
        var file = new AttachmentView(
                31, "单位盖章页.pdf", "application/pdf", 4096, "0123456789abcdef0123", "xhcy", LocalDateTime.now());
        when(pages.detail(eq(id), any()))
                .thenAnswer(call -> NominationPage.of(
                        draft,
                        round,
                        NominationContent.FieldSet.CULTURE_BASE,
                        List.of(file),
                        List.of(),
                        call.getArgument(1)));
        when(pages.detail(eq(HIDDEN), any())).thenThrow(new NotFoundException("nomination", HIDDEN));
    }

    @Test
    void everyRoleThatReadsTheNominationGetsItsApplication() throws Exception {
        SignedIn.rule(mvc, () -> get("/nominations/" + id + "/application.pdf"))
                .allows(
                        header().string("Content-Type", "application/pdf"),
                        PROVINCE_ADMIN,
                        CITY_OFFICER,
                        SCHOOL_ADMIN,
                        EXPERT)
                .refusesTheRest();
    }

    @Test
    void aNominationTheViewerMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/nominations/" + HIDDEN + "/application.pdf").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApplicationHasACoverTheProgrammesPartsTheAttachmentsAndASealPage() throws Exception {
        byte[] pdf = mvc.perform(get("/nominations/" + id + "/application.pdf").with(SignedIn.as(SCHOOL_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("申报书", "湖南工艺美术职业学院", draft.title(), "展陈面积", "单位盖章页.pdf", "单位（盖章）");
            var stripper = new PDFTextStripper();
            stripper.setStartPage(read.getNumberOfPages());
            stripper.setEndPage(read.getNumberOfPages());
            assertThat(stripper.getText(read)).contains("承诺", "单位负责人（签字）");
        }
    }

    @Test
    void onceSubmittedTheKeptCopyIsServedNotARenderingOfTodaysData() throws Exception {
        long submitted = 77;
        var view = Nominations.in(NominationStatus.SUBMITTED).toView("湖南工艺美术职业学院");
        when(pages.detail(eq(submitted), any()))
                .thenAnswer(call -> NominationPage.of(
                        view,
                        Rounds.open().toSummary(),
                        NominationContent.FieldSet.CULTURE_BASE,
                        List.of(),
                        List.of(),
                        null,
                        true,
                        call.getArgument(1)));
        String key = "0123abcd-0000-4000-8000-000000000000.pdf";
        var copy = new SubmittedCopy(submitted, 1, "<html/>", "xhcy", Instant.now());
        ReflectionTestUtils.setField(copy, "id", 5L);
        copy.laidOutAs(9);
        when(copies.findFirstByNominationIdOrderByIdDesc(submitted)).thenReturn(Optional.of(copy));
        when(copies.lockById(5)).thenReturn(Optional.of(copy));
        var kept = NominationDocument.application(
                submitted,
                new StoredFile(key, FileType.PDF, SealedPageFiles.PDF.length, "00", "申报书.pdf"),
                "xhcy",
                Instant.now());
        when(documents.findById(9L)).thenReturn(Optional.of(kept));
        when(store.open(key)).thenReturn(new ByteArrayResource(SealedPageFiles.PDF));
        byte[] served = mvc.perform(
                        get("/nominations/" + submitted + "/application.pdf").with(SignedIn.as(CITY_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(SealedPageFiles.PDF);
    }
}
