package cn.gov.hunan.chuyi.selection.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NominationDocumentRepository extends JpaRepository<NominationDocument, Long> {

    /** The current document of a kind: the newest. */
    Optional<NominationDocument> findFirstByNominationIdAndKindOrderByIdDesc(
            long nominationId, NominationDocument.Kind kind);

    /** Nominations filed at some time (submitted once) without a document of the kind: the demo's, from its migrations. */
    @Query("""
            select n.id from Nomination n where n.submittedAt is not null and not exists (
                select d.id from NominationDocument d where d.nominationId = n.id and d.kind = :kind)
            order by n.id""")
    List<Long> filedWithout(@Param("kind") NominationDocument.Kind kind);
}
