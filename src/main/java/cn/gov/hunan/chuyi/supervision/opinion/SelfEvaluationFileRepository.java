package cn.gov.hunan.chuyi.supervision.opinion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfEvaluationFileRepository extends JpaRepository<SelfEvaluationFile, Long> {

    List<SelfEvaluationFile> findBySelfEvaluationIdOrderById(long selfEvaluationId);
}
