package cn.gov.hunan.chuyi.selection.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationDocumentRepository extends JpaRepository<NominationDocument, Long> {

    /** The current document of a kind: the newest. */
    Optional<NominationDocument> findFirstByNominationIdAndKindOrderByIdDesc(
            long nominationId, NominationDocument.Kind kind);

    /** Every version, newest first. */
    List<NominationDocument> findByNominationIdOrderByIdDesc(long nominationId);
}
