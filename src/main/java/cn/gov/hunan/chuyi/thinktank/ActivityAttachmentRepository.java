package cn.gov.hunan.chuyi.thinktank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityAttachmentRepository extends JpaRepository<ActivityAttachment, Long> {

    List<ActivityAttachment> findByActivityIdOrderById(long activityId);
}
