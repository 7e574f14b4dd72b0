package cn.gov.hunan.chuyi.selection.nomination;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.shared.ArrayHas;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    /** The list's columns only (NominationLine), never the nominations' texts. */
    // checkstyle: fqn-needed in the next 18 lines (JPQL names a class and an enum constant by their qualified names)
    @Query(value = """
            select new cn.gov.hunan.chuyi.selection.nomination.NominationLine$Row(
                n.id, n.organizationId, n.status, n.title, n.submittedAt)
            from Nomination n
            where (:round is null or n.roundId = :round)
              and (:status is null or n.status = :status)
              and (:organization is null or n.organizationId = :organization)
              and (:city is null or n.cityCode = :city)
              and (:onlyFiled = false or n.status <> cn.gov.hunan.chuyi.selection.NominationStatus.DRAFT)
            """, countQuery = """
            select count(n) from Nomination n
            where (:round is null or n.roundId = :round)
              and (:status is null or n.status = :status)
              and (:organization is null or n.organizationId = :organization)
              and (:city is null or n.cityCode = :city)
              and (:onlyFiled = false or n.status <> cn.gov.hunan.chuyi.selection.NominationStatus.DRAFT)
            """)
    Page<NominationLine.Row> search(
            @Param("round") Long round,
            @Param("status") NominationStatus status,
            @Param("organization") Long organization,
            @Param("city") String city,
            @Param("onlyFiled") boolean onlyFiled,
            Pageable pageable);

    List<Nomination> findByRoundIdOrderById(long roundId);

    /** A round's nominations in these states (the states bound as one array, so Hibernate keeps the plan: ArrayHas). */
    default List<Nomination> findByRoundIdAndStatusIn(long roundId, Collection<NominationStatus> statuses) {
        return findInRound(roundId, ArrayHas.names(statuses));
    }

    @Query("select n from Nomination n where n.roundId = :round and array_has(:statuses, n.status)")
    List<Nomination> findInRound(@Param("round") long roundId, @Param("statuses") String[] statuses);

    /** The ranking's columns of a round's nominations in these states. */
    // checkstyle: fqn-needed in the next 5 lines (JPQL names the class by its qualified name)
    @Query("""
            select new cn.gov.hunan.chuyi.selection.nomination.RankedNomination(
                n.id, n.organizationId, n.cityCode, n.status, n.title, n.tier, n.departureReason)
            from Nomination n where n.roundId = :round and array_has(:statuses, n.status)
            """)
    List<RankedNomination> ranked(@Param("round") long roundId, @Param("statuses") String[] statuses);

    /** The ranking's columns (the states bound as one array, so Hibernate keeps the plan: ArrayHas). */
    default List<RankedNomination> findRanked(long roundId, Collection<NominationStatus> statuses) {
        return ranked(roundId, ArrayHas.names(statuses));
    }

    List<Nomination> findByRoundIdAndOrganizationIdOrderBySlot(long roundId, long organizationId);

    @Query(
            "select count(n) from Nomination n where n.roundId = :round and n.cityCode = :city and n.status in :statuses")
    long countInCity(
            @Param("round") long round,
            @Param("city") String city,
            @Param("statuses") Collection<NominationStatus> statuses);

    @Query("select n.status, count(n) from Nomination n where n.roundId = :round group by n.status")
    List<Object[]> countByStatus(@Param("round") long round);

    /** The places each city uses in each of the rounds (round id, city code, count): one statement for a batch. */
    @Query("""
            select n.roundId, n.cityCode, count(n) from Nomination n
            where n.roundId in :rounds and n.status in :statuses group by n.roundId, n.cityCode
            """)
    List<Object[]> countByCity(
            @Param("rounds") Collection<Long> rounds, @Param("statuses") Collection<NominationStatus> statuses);

    /** The selected nominations of a batch, locked in id order (two batches over the same rows queue, never deadlock). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Nomination n where n.id in :ids order by n.id")
    List<Nomination> lockAllById(@Param("ids") Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Nomination n where n.id = :id")
    Optional<Nomination> lockById(@Param("id") long id);
}
