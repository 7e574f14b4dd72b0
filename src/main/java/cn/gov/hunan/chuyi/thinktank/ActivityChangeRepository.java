package cn.gov.hunan.chuyi.thinktank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityChangeRepository extends JpaRepository<ActivityChange, Long> {

    @Query("select c from ActivityChange c where c.activityId = :activityId order by c.changedAt desc, c.id desc")
    List<ActivityChange> history(long activityId);
}
