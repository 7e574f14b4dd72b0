package cn.gov.hunan.chuyi.supervision.finding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingAttachmentRepository extends JpaRepository<FindingAttachment, Long> {

    List<FindingAttachment> findByFindingIdOrderById(long findingId);
}
