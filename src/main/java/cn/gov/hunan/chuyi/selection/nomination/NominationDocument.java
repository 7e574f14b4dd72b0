package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.attachment.AttachmentRecord;
import cn.gov.hunan.chuyi.attachment.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document kept with a nomination (issue #18): the page the school signed and sealed (单位盖章), uploaded by the
 * school, or the 申报书 PDF laid out from what was submitted ({@link SubmittedCopy}). Versioned: a new upload or a new submission adds a
 * row, the newest of each kind is the current one.
 */
@Entity
@Table(name = "nomination_document")
class NominationDocument extends AttachmentRecord {

    enum Kind {
        SEALED_PAGE,
        APPLICATION
    }

    @Column(name = "nomination_id")
    private long nominationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected NominationDocument() {}

    private NominationDocument(long nominationId, Kind kind, StoredFile file, String by, Instant at) {
        super(file, by, at);
        this.nominationId = nominationId;
        this.kind = kind;
    }

    static NominationDocument sealedPage(long nominationId, StoredFile file, String by, Instant at) {
        return new NominationDocument(nominationId, Kind.SEALED_PAGE, file, by, at);
    }

    /** The PDF laid out from a submitted copy ({@link SubmittedCopy}). */
    static NominationDocument application(long nominationId, StoredFile file, String by, Instant at) {
        return new NominationDocument(nominationId, Kind.APPLICATION, file, by, at);
    }

    long nominationId() {
        return nominationId;
    }

    Kind kind() {
        return kind;
    }

    AttachmentView toView() {
        return AttachmentView.of(this);
    }
}
