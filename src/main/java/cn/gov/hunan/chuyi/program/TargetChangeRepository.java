package cn.gov.hunan.chuyi.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetChangeRepository extends JpaRepository<TargetChange, Long> {

    List<TargetChange> findTop50ByProgramCodeOrderByChangedAtDescIdDesc(String programCode);
}
