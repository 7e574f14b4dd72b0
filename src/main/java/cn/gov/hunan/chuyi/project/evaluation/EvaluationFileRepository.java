package cn.gov.hunan.chuyi.project.evaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationFileRepository extends JpaRepository<EvaluationFile, Long> {

    List<EvaluationFile> findByEvaluationIdInOrderByIdAsc(Collection<Long> evaluationIds);
}
