package cn.gov.hunan.chuyi.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectIndicatorRepository extends JpaRepository<ProjectIndicator, Long> {

    List<ProjectIndicator> findByProgramCodeOrderBySortOrderAscIdAsc(String programCode);

    List<ProjectIndicator> findByProgramCodeAndActiveTrueOrderBySortOrderAscIdAsc(String programCode);
}
