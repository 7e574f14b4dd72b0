package cn.gov.hunan.chuyi.project.evaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<ProjectEvaluation, Long> {

    List<ProjectEvaluation> findByProjectIdOrderByEvaluatedOnDescIdDesc(long projectId);

    List<ProjectEvaluation> findByProjectIdInOrderByEvaluatedOnAscIdAsc(Collection<Long> projectIds);
}
