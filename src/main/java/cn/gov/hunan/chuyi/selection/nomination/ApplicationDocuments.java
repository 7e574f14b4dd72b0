package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.FileType;
import cn.gov.hunan.chuyi.shared.HtmlPdf;
import cn.gov.hunan.chuyi.shared.PortalTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A nomination's 申报书 as a PDF in the province's layout ({@code selection/nomination/application-pdf.html}): a cover,
 * the programme's own parts ({@link NominationContent.FieldSet}), the common sections, the attachments list and the
 * page the unit signs and seals. Whoever may read the nomination may have it (its page's access check).
 *
 * <p>While the school may edit the nomination the PDF is rendered from its data at each request (the school prints it
 * to sign and seal). At each submission it is rendered once, in Chinese, and kept ({@link #keepSubmitted}); from then
 * on, until the nomination is returned, the kept copy is served, so later changes of programme data or templates do not
 * change what was submitted. A nomination submitted before copies were kept is rendered as before.
 */
@Component
class ApplicationDocuments {

    /** The language of the copy kept at submission: the official one. */
    static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

    private final NominationPages pages;
    private final HtmlPdf pdf;
    private final Clock clock;
    private final NominationDocumentRepository documents;
    private final AttachmentStore store;

    ApplicationDocuments(
            NominationPages pages,
            HtmlPdf pdf,
            Clock clock,
            NominationDocumentRepository documents,
            AttachmentStore store) {
        this.pages = pages;
        this.pdf = pdf;
        this.clock = clock;
        this.documents = documents;
        this.store = store;
    }

    /** The 申报书 of a nomination the viewer may read (404 otherwise): the submitted copy once there is one. */
    Document of(long id, PortalUser viewer, Locale locale) {
        NominationPage page = pages.detail(id, viewer);
        if (page.mayDownloadSubmittedApplication()) {
            var kept = documents
                    .findFirstByNominationIdAndKindOrderByIdDesc(id, NominationDocument.Kind.APPLICATION)
                    .orElseThrow();
            try {
                return new Document(
                        page.nomination().title(),
                        store.open(kept.file().storageKey()).getContentAsByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Document(page.nomination().title(), render(page, locale));
    }

    /**
     * Renders the 申报书 of a nomination just submitted (as it stands in this transaction) and keeps it with the sealed
     * page it was submitted with.
     */
    void keepSubmitted(long id, PortalUser school) {
        NominationPage page = pages.detail(id, school);
        var sealedPage = documents
                .findFirstByNominationIdAndKindOrderByIdDesc(id, NominationDocument.Kind.SEALED_PAGE)
                .orElseThrow();
        var stored = store.storeGenerated(page.nomination().title() + ".pdf", FileType.PDF, render(page, OFFICIAL));
        documents.save(
                NominationDocument.application(id, sealedPage.id(), stored, school.getUsername(), clock.instant()));
    }

    byte[] render(NominationPage page, Locale locale) {
        NominationContent content = page.nomination().content();
        Map<String, Object> parts = new LinkedHashMap<>();
        for (String part : page.fields().parts()) {
            parts.put(part, content.part(part));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("nomination", page.nomination());
        model.put("round", page.round());
        model.put("fields", page.fields());
        model.put("c", content);
        model.put("parts", parts);
        model.put("attachments", page.attachments());
        model.put("today", LocalDate.now(clock.withZone(PortalTime.ZONE)));
        return pdf.render("selection/nomination/application-pdf", locale, model);
    }

    /** The file: the nomination's title names it. */
    record Document(String title, byte[] content) {}
}
