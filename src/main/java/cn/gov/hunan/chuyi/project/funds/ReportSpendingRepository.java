package cn.gov.hunan.chuyi.project.funds;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSpendingRepository extends JpaRepository<ReportSpending, Long> {

    List<ReportSpending> findByReportIdOrderBySourceAsc(long reportId);
}
