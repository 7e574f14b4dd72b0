package cn.gov.hunan.chuyi.selection.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StateChangeRepository extends JpaRepository<StateChange, Long> {

    @Query("""
            select s from StateChange s where s.subjectType = :subject and s.subjectId = :id
            order by s.changedAt desc, s.id desc
            """)
    List<StateChange> history(@Param("subject") StateChange.Subject subject, @Param("id") long id);
}
