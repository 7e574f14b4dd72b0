package cn.gov.hunan.chuyi.selection.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<NominationAttachment, Long> {

    List<NominationAttachment> findByNominationIdOrderById(long nominationId);

    boolean existsByNominationId(long nominationId);
}
