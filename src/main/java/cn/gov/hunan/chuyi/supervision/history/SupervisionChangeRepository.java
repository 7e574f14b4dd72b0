package cn.gov.hunan.chuyi.supervision.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupervisionChangeRepository extends JpaRepository<SupervisionChange, Long> {

    @Query("""
            select c from SupervisionChange c where c.subjectType = :subject and c.subjectId = :id
            order by c.changedAt desc, c.id desc
            """)
    List<SupervisionChange> history(@Param("subject") SupervisionHistory.Subject subject, @Param("id") long id);
}
