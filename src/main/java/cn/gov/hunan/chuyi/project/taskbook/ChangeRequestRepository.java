package cn.gov.hunan.chuyi.project.taskbook;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectIdOrderByRequestedAtDescIdDesc(long projectId);

    List<ChangeRequest> findByStatusOrderByRequestedAtAscIdAsc(ChangeRequestStatus status, Pageable page);

    List<ChangeRequest> findByOrderByRequestedAtDescIdDesc(Pageable page);

    boolean existsByProjectIdAndStatus(long projectId, ChangeRequestStatus status);
}
