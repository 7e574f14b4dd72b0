package cn.gov.hunan.chuyi.selection.nomination;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubmittedCopyRepository extends JpaRepository<SubmittedCopy, Long> {

    /** The copy of the last submission. */
    Optional<SubmittedCopy> findFirstByNominationIdOrderByIdDesc(long nominationId);

    boolean existsByNominationId(long nominationId);

    /** Locked: of two first downloads at once, the second waits and then finds the PDF laid out. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SubmittedCopy c where c.id = :id")
    Optional<SubmittedCopy> lockById(@Param("id") long id);
}
