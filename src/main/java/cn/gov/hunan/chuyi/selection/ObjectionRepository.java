package cn.gov.hunan.chuyi.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByRoundIdOrderById(long roundId);

    @Query("select count(o) from Objection o where o.roundId = :round and o.status = cn.gov.hunan.chuyi.selection.Objection.Status.OPEN")
    long countOpen(@Param("round") long round);
}
