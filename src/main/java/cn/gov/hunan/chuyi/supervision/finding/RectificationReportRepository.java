package cn.gov.hunan.chuyi.supervision.finding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationReportRepository extends JpaRepository<RectificationReport, Long> {

    Optional<RectificationReport> findByTaskId(long taskId);
}
