package cn.gov.hunan.chuyi.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DivisionRepository extends JpaRepository<Division, String> {

    List<Division> findByLevelOrderByCode(Division.Level level);

    List<Division> findByLevelInOrderByCode(List<Division.Level> levels);
}
