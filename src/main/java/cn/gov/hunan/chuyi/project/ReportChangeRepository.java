package cn.gov.hunan.chuyi.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportChangeRepository extends JpaRepository<ReportChange, Long> {

    List<ReportChange> findByReportIdOrderByChangedAtDescIdDesc(long reportId);
}
