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
import org.springframework.transaction.annotation.Transactional;

/**
 * A nomination's 申报书 as a PDF in the province's layout ({@code selection/nomination/application-pdf.html}): a cover,
 * the programme's own parts ({@link NominationContent.FieldSet}), the common sections, the attachments list and the
 * page the unit signs and seals. Whoever may read the nomination may have it (its page's access check).
 *
 * <p>While the school may edit the nomination the PDF is rendered from its data at each request (the school prints it
 * to sign and seal). At each submission the 申报书 is rendered once, in Chinese, from the template and the data of
 * that moment, and kept ({@link #keepSubmitted}, a {@link SubmittedCopy}); from then on, until the nomination is
 * returned, that copy is served: laid out as a PDF at its first download and kept as a file, so later changes of
 * programme data or templates do not change what was submitted. (Laying out is the costly part — about a second of
 * CPU — and is kept out of the submission itself, which must stay fast when hundreds of schools submit at a deadline.)
 * A nomination submitted before copies were kept is rendered as before.
 */
@Component
class ApplicationDocuments {

    static final String TEMPLATE = "selection/nomination/application-pdf";

    /** The language of the copy kept at submission: the official one. */
    static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

    private final NominationPages pages;
    private final HtmlPdf pdf;
    private final Clock clock;
    private final NominationDocumentRepository documents;
    private final SubmittedCopyRepository copies;
    private final AttachmentStore store;

    ApplicationDocuments(
            NominationPages pages,
            HtmlPdf pdf,
            Clock clock,
            NominationDocumentRepository documents,
            SubmittedCopyRepository copies,
            AttachmentStore store) {
        this.pages = pages;
        this.pdf = pdf;
        this.clock = clock;
        this.documents = documents;
        this.copies = copies;
        this.store = store;
    }

    /** The 申报书 of a nomination the viewer may read (404 otherwise): the submitted copy once there is one. */
    @Transactional
    public Document of(long id, PortalUser viewer, Locale locale) {
        NominationPage page = pages.detail(id, viewer);
        String title = page.nomination().title();
        if (page.mayDownloadSubmittedApplication()) {
            return new Document(title, submitted(id, title));
        }
        return new Document(title, render(page, locale));
    }

    /**
     * Renders the 申报书 of a nomination just submitted (as committed) and keeps it with the sealed page it was
     * submitted with. Not one transaction: the page is read, the XHTML rendered with no connection held, the copy
     * saved.
     */
    void keepSubmitted(long id, PortalUser school) {
        NominationPage page = pages.detail(id, school);
        var sealedPage = documents
                .findFirstByNominationIdAndKindOrderByIdDesc(id, NominationDocument.Kind.SEALED_PAGE)
                .orElseThrow();
        copies.save(new SubmittedCopy(
                id,
                sealedPage.id(),
                pdf.xhtml(TEMPLATE, OFFICIAL, model(page)),
                school.getUsername(),
                clock.instant()));
    }

    /** The PDF of the last submitted copy: laid out and kept at the first request, read back at every other. */
    private byte[] submitted(long id, String title) {
        long last =
                copies.findFirstByNominationIdOrderByIdDesc(id).orElseThrow().id();
        SubmittedCopy copy = copies.lockById(last).orElseThrow();
        if (copy.pdfId() != null) {
            var kept = documents.findById(copy.pdfId()).orElseThrow();
            try {
                return store.open(kept.file().storageKey()).getContentAsByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] laidOut = HtmlPdf.fromXhtml(copy.xhtml());
        var stored = store.storeGenerated(title + ".pdf", FileType.PDF, laidOut);
        var kept = documents.save(NominationDocument.application(id, stored, copy.submittedBy(), clock.instant()));
        copy.laidOutAs(kept.id());
        return laidOut;
    }

    byte[] render(NominationPage page, Locale locale) {
        return pdf.render(TEMPLATE, locale, model(page));
    }

    private Map<String, Object> model(NominationPage page) {
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
        return model;
    }

    /** The file: the nomination's title names it. */
    record Document(String title, byte[] content) {}
}
