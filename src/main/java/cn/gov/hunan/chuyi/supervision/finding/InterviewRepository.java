package cn.gov.hunan.chuyi.supervision.finding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    List<Interview> findByTaskIdOrderByHeldOnDescIdDesc(long taskId);
}
