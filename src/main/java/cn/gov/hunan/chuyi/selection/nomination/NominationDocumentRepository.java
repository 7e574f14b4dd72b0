package cn.gov.hunan.chuyi.selection.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NominationDocumentRepository extends JpaRepository<NominationDocument, Long> {

    /** The current document of a kind: the newest. */
    Optional<NominationDocument> findFirstByNominationIdAndKindOrderByIdDesc(
            long nominationId, NominationDocument.Kind kind);

    /** A nomination filed without a document: which it is, whose, and when it was (last) submitted. */
    record Filed(long nominationId, long organizationId, Instant submittedAt) {}

    /** Nominations filed at some time (submitted once) without a document of the kind: the demo's, from its migrations. */
    // checkstyle: fqn-needed in the next 3 lines (JPQL names the record by its qualified name)
    @Query("""
            select new cn.gov.hunan.chuyi.selection.nomination.NominationDocumentRepository$Filed(
                n.id, n.organizationId, n.submittedAt)
            from Nomination n where n.submittedAt is not null and not exists (
                select d.id from NominationDocument d where d.nominationId = n.id and d.kind = :kind)
            order by n.id""")
    List<Filed> filedWithout(@Param("kind") NominationDocument.Kind kind);
}
