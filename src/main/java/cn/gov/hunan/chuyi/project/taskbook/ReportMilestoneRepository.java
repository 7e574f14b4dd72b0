package cn.gov.hunan.chuyi.project.taskbook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportMilestoneRepository extends JpaRepository<ReportMilestone, Long> {

    List<ReportMilestone> findByReportIdOrderByMilestoneNo(long reportId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ReportMilestone m where m.reportId = :reportId")
    void deleteByReport(@Param("reportId") long reportId);
}
