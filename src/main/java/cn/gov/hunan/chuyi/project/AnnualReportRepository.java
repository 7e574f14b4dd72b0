package cn.gov.hunan.chuyi.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    List<AnnualReport> findByProjectIdOrderByYearDesc(long projectId);

    Optional<AnnualReport> findByProjectIdAndYear(long projectId, int year);
}
