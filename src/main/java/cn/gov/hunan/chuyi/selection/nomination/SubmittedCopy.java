package cn.gov.hunan.chuyi.selection.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a submission submitted (issue #18): the 申报书 rendered from the template and the nomination's data at that
 * moment, as self-contained XHTML (the fonts ship in the jar), with the sealed page submitted with it. Laying it out as
 * a PDF is the costly part, so it is done once, when the PDF is first asked for, and kept ({@link #pdfId}); later
 * edits of programme data or templates change neither.
 */
@Entity
@Table(name = "nomination_submitted_copy")
class SubmittedCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id")
    private long nominationId;

    @Column(name = "sealed_page_id")
    private long sealedPageId;

    private String xhtml;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "pdf_id")
    private Long pdfId;

    protected SubmittedCopy() {}

    SubmittedCopy(long nominationId, long sealedPageId, String xhtml, String submittedBy, Instant submittedAt) {
        this.nominationId = nominationId;
        this.sealedPageId = sealedPageId;
        this.xhtml = xhtml;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    Long id() {
        return id;
    }

    long nominationId() {
        return nominationId;
    }

    long sealedPageId() {
        return sealedPageId;
    }

    String xhtml() {
        return xhtml;
    }

    String submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    /** The kept PDF (a {@link NominationDocument} of kind APPLICATION), or null before it was first asked for. */
    Long pdfId() {
        return pdfId;
    }

    void laidOutAs(long pdfDocumentId) {
        this.pdfId = pdfDocumentId;
    }
}
