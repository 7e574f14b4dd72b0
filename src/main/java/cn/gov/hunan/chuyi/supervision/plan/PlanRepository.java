package cn.gov.hunan.chuyi.supervision.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

    List<Plan> findAllByOrderByYearDesc();

    Optional<Plan> findByYear(int year);

    List<Plan> findByStatusOrderByYear(PlanStatus status);
}
