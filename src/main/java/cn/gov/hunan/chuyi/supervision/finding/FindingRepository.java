package cn.gov.hunan.chuyi.supervision.finding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByTaskIdOrderById(long taskId);

    List<Finding> findByTaskIdIn(Collection<Long> taskIds);

    /**
     * Rectification items by the viewer's slice ({@code city} and/or {@code organization}; both null = all)
     * and the filters, each optional.
     */
    @Query("""
            select f from Finding f
            where (:city is null or f.cityCode = :city)
              and (:year is null or f.taskId in (select t.id from InspectionTask t, Plan p where p.id = t.planId and p.year = :year))
              and (:organization is null or f.organizationId = :organization)
              and (:status is null or f.status = :status)
              and (:severity is null or f.severity = :severity)
              and (:overdueOnly = false or f.overdue = true)
            """)
    Page<Finding> search(@Param("city") String city, @Param("year") Integer year, @Param("organization") Long organization, @Param("status") FindingStatus status,
            @Param("severity") Severity severity, @Param("overdueOnly") boolean overdueOnly, Pageable pageable);

    @Query("select f from Finding f where f.status in :statuses and f.deadline < :today and f.overdue = false")
    List<Finding> findDueForOverdue(@Param("statuses") Collection<FindingStatus> statuses, @Param("today") LocalDate today);

    @Query("select count(f) from Finding f where f.overdue = true")
    long countOverdue();

    /** Items that owe an answer with a deadline between {@code first} and {@code last} (the reminder window). */
    @Query("select f from Finding f where f.status in :statuses and f.deadline between :first and :last order by f.id")
    List<Finding> findOwingBetween(@Param("statuses") Collection<FindingStatus> statuses, @Param("first") LocalDate first,
            @Param("last") LocalDate last);
}
