package cn.gov.hunan.chuyi.selection.review;

import cn.gov.hunan.chuyi.shared.ArrayHas;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    /** The nominations' assignments (the ids bound as one array, so Hibernate keeps the query's plan: ArrayHas). */
    default List<ReviewAssignment> findByNominationIdIn(Collection<Long> nominationIds) {
        return ofNominations(ArrayHas.of(nominationIds));
    }

    @Query("select a from ReviewAssignment a where array_has(:ids, a.nominationId)")
    List<ReviewAssignment> ofNominations(@Param("ids") Long[] nominationIds);

    List<ReviewAssignment> findByNominationId(long nominationId);

    /** The assignments of the nominations with their scores, in one statement (the review workbook). */
    @Query("select distinct a from ReviewAssignment a left join fetch a.scores where a.nominationId in :ids")
    List<ReviewAssignment> withScores(@Param("ids") Collection<Long> nominationIds);

    Page<ReviewAssignment> findByExpertIdOrderByIdDesc(long expertId, Pageable pageable);

    /** An expert's assignments in one round (indexes: review_assignment (expert_id, …), nomination (round_id, …)). */
    @Query("""
            select a from ReviewAssignment a
            where a.expertId = :expert and a.nominationId in (select n.id from Nomination n where n.roundId = :round)
            order by a.id desc
            """)
    Page<ReviewAssignment> findByExpertIdInRound(
            @Param("expert") long expertId, @Param("round") long roundId, Pageable pageable);
}
