package cn.gov.hunan.chuyi.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupChangeRepository extends JpaRepository<GroupChange, Long> {

    @Query("select c from GroupChange c where c.groupId = :groupId order by c.changedAt desc, c.id desc")
    List<GroupChange> history(long groupId);
}
