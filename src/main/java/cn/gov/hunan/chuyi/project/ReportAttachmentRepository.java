package cn.gov.hunan.chuyi.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportAttachmentRepository extends JpaRepository<ReportAttachment, Long> {

    List<ReportAttachment> findByReportIdOrderById(long reportId);
}
