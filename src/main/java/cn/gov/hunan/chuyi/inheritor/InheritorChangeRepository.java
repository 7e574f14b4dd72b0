package cn.gov.hunan.chuyi.inheritor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InheritorChangeRepository extends JpaRepository<InheritorChange, Long> {

    @Query("select c from InheritorChange c where c.inheritorId = :inheritorId order by c.changedAt desc, c.id desc")
    List<InheritorChange> history(long inheritorId);
}
