package cn.gov.hunan.chuyi.inheritor;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByInheritorIdInOrderByYearDescIdAsc(Collection<Long> inheritorIds);

    long countByInheritorId(long inheritorId);
}
