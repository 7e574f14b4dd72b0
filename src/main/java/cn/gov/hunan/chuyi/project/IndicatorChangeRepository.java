package cn.gov.hunan.chuyi.project;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorChangeRepository extends JpaRepository<IndicatorChange, Long> {

    @Query("select c from IndicatorChange c where c.indicatorId in :ids order by c.changedAt desc, c.id desc")
    List<IndicatorChange> historyOf(Collection<Long> ids);
}
