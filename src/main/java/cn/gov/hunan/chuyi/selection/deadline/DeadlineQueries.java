package cn.gov.hunan.chuyi.selection.deadline;

import cn.gov.hunan.chuyi.selection.NominationStatus;
import cn.gov.hunan.chuyi.selection.review.ReviewAssignment;
import cn.gov.hunan.chuyi.selection.round.Round;
import cn.gov.hunan.chuyi.selection.round.RoundStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The three reads behind the selection deadlines, projected so that no round's criteria or nomination's content is
 * loaded. Indexes: selection_round (status, …), nomination (round_id, status), review_assignment (nomination_id, …).
 */
interface DeadlineQueries extends Repository<Round, Long> {

    interface RoundDates {
        long getId();

        String getTitle();

        RoundStatus getStatus();

        Instant getNominationClosesAt();

        Instant getCityDeadline();

        Instant getReviewEndsAt();

        Instant getPublicityEndsAt();
    }

    interface NominationLine {
        long getId();

        long getRoundId();

        long getOrganizationId();

        String getCityCode();

        NominationStatus getStatus();
    }

    interface ExpertLine {
        long getRoundId();

        long getExpertId();
    }

    @Query("""
            select r.id as id, r.title as title, r.status as status, r.nominationClosesAt as nominationClosesAt,
                   r.cityDeadline as cityDeadline, r.reviewEndsAt as reviewEndsAt, r.publicityEndsAt as publicityEndsAt
            from Round r where r.status in :statuses
            """)
    List<RoundDates> rounds(@Param("statuses") Collection<RoundStatus> statuses);

    @Query("""
            select n.id as id, n.roundId as roundId, n.organizationId as organizationId, n.cityCode as cityCode,
                   n.status as status
            from Nomination n where n.roundId in :rounds and n.status in :statuses
            """)
    List<NominationLine> nominations(
            @Param("rounds") Collection<Long> rounds, @Param("statuses") Collection<NominationStatus> statuses);

    @Query("""
            select distinct n.roundId as roundId, a.expertId as expertId
            from ReviewAssignment a join Nomination n on n.id = a.nominationId
            where n.roundId in :rounds and a.status = :status
            """)
    List<ExpertLine> unsubmittedReviews(
            @Param("rounds") Collection<Long> rounds, @Param("status") ReviewAssignment.Status status);
}
