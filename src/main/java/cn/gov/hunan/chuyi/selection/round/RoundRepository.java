package cn.gov.hunan.chuyi.selection.round;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoundRepository extends JpaRepository<Round, Long> {

    @Query("""
            select r from Round r
            where (:program is null or r.programCode = :program)
              and (:status is null or r.status = :status)
              and (:year is null or r.year = :year)
            """)
    Page<Round> search(
            @Param("program") String program,
            @Param("status") RoundStatus status,
            @Param("year") Integer year,
            @Param("hideDrafts") boolean hideDrafts,
            Pageable pageable);

    @Query("select r from Round r where r.status = :status")
    List<Round> findByStatus(@Param("status") RoundStatus status);

    /** Past notices: rounds whose 公示 went up and that have left publicity since, newest first by the caller's sort. */
    // checkstyle: fqn-needed in the next 5 lines (JPQL names an enum constant by its qualified name)
    @Query("""
            select r from Round r
            where r.publicityStartsAt is not null
              and r.status in (cn.gov.hunan.chuyi.selection.round.RoundStatus.CLOSED, cn.gov.hunan.chuyi.selection.round.RoundStatus.CANCELLED)
            """)
    Page<Round> findPastNotices(Pageable pageable);

    /**
     * Takes one slot of the quota. The check constraint {@code selected_count between 0 and quota} makes
     * the database refuse the one that would exceed it, however many decisions run at once: the update
     * locks the round's row, so concurrent callers queue and see each other's count.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "update selection_round set selected_count = selected_count + 1 where id = :id", nativeQuery = true)
    int takeQuotaSlot(@Param("id") long id);

    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "update selection_round set selected_count = selected_count - 1 where id = :id and selected_count > 0",
            nativeQuery = true)
    int releaseQuotaSlot(@Param("id") long id);

    /**
     * Whether an expert has scored any nomination of the round (a draft score counts). Indexes: nomination (round_id,
     * …), review_assignment (nomination_id, …), review_score (assignment_id, …).
     */
    @Query(value = """
                    select count(*) from review_score s
                    join review_assignment a on a.id = s.assignment_id
                    join nomination n on n.id = a.nomination_id
                    where n.round_id = :id and s.score is not null
                    """, nativeQuery = true)
    long countScores(@Param("id") long id);

    @Query(value = "select selected_count from selection_round where id = :id", nativeQuery = true)
    int selectedCount(@Param("id") long id);
}
