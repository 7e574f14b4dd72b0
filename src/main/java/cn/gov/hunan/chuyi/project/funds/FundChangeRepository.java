package cn.gov.hunan.chuyi.project.funds;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundChangeRepository extends JpaRepository<FundChange, Long> {

    List<FundChange> findByProjectIdOrderByChangedAtDescIdDesc(long projectId);
}
