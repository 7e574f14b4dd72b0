package cn.gov.hunan.chuyi.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where e.occurredAt >= :from and e.occurredAt < :to
              and (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:targetType is null or e.targetType = :targetType)
              and (:targetId is null or e.targetId = :targetId)
            """)
    Page<AuditEvent> search(
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("actor") String actor,
            @Param("action") String action,
            @Param("targetType") String targetType,
            @Param("targetId") String targetId,
            Pageable pageable);

    /** A slice of the chain in order, for the verification that walks it. */
    @Query("select e from AuditEvent e where e.id > :after order by e.id")
    List<AuditEvent> chainAfter(@Param("after") long after, Pageable pageable);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> actions();

    @Modifying
    @Query("delete from AuditEvent e where e.occurredAt < :before")
    int purgeBefore(@Param("before") Instant before);
}
