package cn.gov.hunan.chuyi.project.taskbook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportMilestoneRepository extends JpaRepository<ReportMilestone, Long> {

    List<ReportMilestone> findByReportIdOrderByMilestoneNo(long reportId);
}
