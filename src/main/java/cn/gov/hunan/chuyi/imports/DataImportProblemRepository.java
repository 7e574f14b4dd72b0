package cn.gov.hunan.chuyi.imports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataImportProblemRepository extends JpaRepository<DataImportProblem, Long> {

    List<DataImportProblem> findByImportIdOrderByRowNumberAscIdAsc(long importId);
}
