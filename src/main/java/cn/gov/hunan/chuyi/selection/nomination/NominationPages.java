package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a nomination's page together for one viewer (each part read through its own access check). */
@Service
@Transactional(readOnly = true)
public class NominationPages {

    private final NominationService nominations;
    private final NominationAttachments attachments;
    private final RoundService rounds;
    private final NominationDocumentRepository documents;
    private final SubmittedCopyRepository copies;

    NominationPages(
            NominationService nominations,
            NominationAttachments attachments,
            RoundService rounds,
            NominationDocumentRepository documents,
            SubmittedCopyRepository copies) {
        this.nominations = nominations;
        this.attachments = attachments;
        this.rounds = rounds;
        this.documents = documents;
        this.copies = copies;
    }

    public NominationPage detail(long id, PortalUser viewer) {
        var nomination = nominations.get(id, viewer);
        return NominationPage.of(
                nomination,
                rounds.get(nomination.roundId(), viewer),
                nominations.fieldSetOf(nomination.roundId()),
                attachments.attachments(id, viewer),
                nominations.history(id, viewer),
                documents
                        .findFirstByNominationIdAndKindOrderByIdDesc(id, NominationDocument.Kind.SEALED_PAGE)
                        .map(NominationDocument::toView)
                        .orElse(null),
                copies.existsByNominationId(id),
                viewer);
    }
}
