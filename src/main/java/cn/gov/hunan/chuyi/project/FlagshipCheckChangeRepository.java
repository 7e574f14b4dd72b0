package cn.gov.hunan.chuyi.project;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FlagshipCheckChangeRepository extends JpaRepository<FlagshipCheckChange, Long> {

    @Query("select c from FlagshipCheckChange c where c.checkId in :checkIds order by c.changedAt desc, c.id desc")
    List<FlagshipCheckChange> historyOf(Collection<Long> checkIds);
}
