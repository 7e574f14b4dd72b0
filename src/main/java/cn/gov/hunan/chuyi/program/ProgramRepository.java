package cn.gov.hunan.chuyi.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRepository extends JpaRepository<Program, String> {

    List<Program> findAllByOrderBySortOrder();
}
