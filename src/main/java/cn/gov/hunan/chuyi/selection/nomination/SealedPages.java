package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.attachment.AttachmentStore;
import cn.gov.hunan.chuyi.attachment.FileType;
import cn.gov.hunan.chuyi.selection.history.SelectionHistory;
import cn.gov.hunan.chuyi.shared.HistoryReason;
import cn.gov.hunan.chuyi.shared.NotFoundException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page a school signs and seals (单位盖章, issue #18): uploaded, or replaced, by the school while it may edit the
 * nomination, as a PDF or a scan (JPG, PNG) under the attachment module's rules and size limit; read by whoever may
 * read the nomination. Every upload is kept (versioned) and written into the nomination's history.
 */
@Service
@Transactional(readOnly = true)
public class SealedPages {

    /** A scan or a PDF of the signed page; an Office file is not a sealed page. */
    static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    private final NominationService reading;
    private final NominationDocumentRepository documents;
    private final AttachmentStore store;
    private final SelectionHistory history;
    private final Clock clock;

    SealedPages(
            NominationService reading,
            NominationDocumentRepository documents,
            AttachmentStore store,
            SelectionHistory history,
            Clock clock) {
        this.reading = reading;
        this.documents = documents;
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    /** Keeps the school's sealed page as the nomination's current one (the earlier one stays as a version). */
    @Transactional
    public void upload(long id, MultipartFile upload, PortalUser school) {
        Nomination n = reading.ownEditable(id, school);
        boolean replacing = documents
                .findFirstByNominationIdAndKindOrderByIdDesc(n.id(), NominationDocument.Kind.SEALED_PAGE)
                .isPresent();
        var stored = store.store(upload, ACCEPTED, "sealpage.error.type");
        documents.save(NominationDocument.sealedPage(n.id(), stored, school.getUsername(), clock.instant()));
        history.nominationNote(
                n,
                school.getUsername(),
                HistoryReason.key(
                        replacing ? "sealpage.history.replaced" : "sealpage.history.uploaded", stored.originalName()));
    }

    /** The current sealed page and its bytes, for someone who may read the nomination; 404 for others or none. */
    public NominationAttachments.Download download(long id, PortalUser viewer) {
        reading.load(id, viewer);
        var page = documents
                .findFirstByNominationIdAndKindOrderByIdDesc(id, NominationDocument.Kind.SEALED_PAGE)
                .orElseThrow(() -> new NotFoundException("sealed page", id));
        return new NominationAttachments.Download(
                page.toView(), store.open(page.file().storageKey()));
    }
}
