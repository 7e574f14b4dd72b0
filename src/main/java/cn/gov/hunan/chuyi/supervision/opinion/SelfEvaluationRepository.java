package cn.gov.hunan.chuyi.supervision.opinion;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

    Optional<SelfEvaluation> findByTaskId(long taskId);
}
