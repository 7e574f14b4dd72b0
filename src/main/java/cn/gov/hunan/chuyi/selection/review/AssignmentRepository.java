package cn.gov.hunan.chuyi.selection.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    List<ReviewAssignment> findByNominationIdIn(Collection<Long> nominationIds);

    List<ReviewAssignment> findByNominationId(long nominationId);

    Page<ReviewAssignment> findByExpertIdOrderByIdDesc(long expertId, Pageable pageable);
}
