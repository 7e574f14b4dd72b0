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

    long countByTaskId(long taskId);

    /**
     * The ledger (整改台账): the viewer's slice ({@code city} and/or {@code organization}; both null = all) and the filters,
     * each optional, including extended and re-checked, and for an inspector the tasks of
     * their teams ({@code allTasks} false, {@code tasks} non-empty).
     */
    @Query(value = """
            select f from Finding f
            where (:city is null or f.cityCode = :city)
              and (:year is null or f.taskId in (select t.id from InspectionTask t, Plan p where p.id = t.planId and p.year = :year))
              and (:organization is null or f.organizationId = :organization)
              and (:allTasks = true or f.taskId in :tasks)
              and (:status is null or f.status = :status)
              and (:severity is null or f.severity = :severity)
              and (:overdueOnly = false or f.overdue = true)
              and (:extendedOnly = false or f.extended = true)
              and (:recheckedOnly = false or f.rechecked = true)
            """)
    Page<Finding> ledger(
            @Param("city") String city,
            @Param("year") Integer year,
            @Param("organization") Long organization,
            @Param("allTasks") boolean allTasks,
            @Param("tasks") Collection<Long> tasks,
            @Param("status") FindingStatus status,
            @Param("severity") Severity severity,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("extendedOnly") boolean extendedOnly,
            @Param("recheckedOnly") boolean recheckedOnly,
            Pageable pageable);

    /**
     * Per city of a year (all years when null): items, closed (销号) items, and overdue items, in one statement. The
     * closed state is written in the query: a parameter inside {@code sum(…)} may take a list in Hibernate's eyes, and
     * then Hibernate translates the query again on every execution (docs/performance.md, "Fourth sitting").
     */
    // checkstyle: fqn-needed in the next 3 lines (JPQL names an enum constant by its qualified name)
    @Query("""
            select f.cityCode, count(f),
                sum(case when f.status = cn.gov.hunan.chuyi.supervision.finding.FindingStatus.CLOSED then 1 else 0 end),
                sum(case when f.overdue = true then 1 else 0 end)
            from Finding f
            where (:year is null or f.taskId in (select t.id from InspectionTask t, Plan p where p.id = t.planId and p.year = :year))
            group by f.cityCode
            """)
    List<Object[]> countsByCity(@Param("year") Integer year);

    @Query("select f from Finding f where f.status in :statuses and f.deadline < :today and f.overdue = false")
    List<Finding> findDueForOverdue(
            @Param("statuses") Collection<FindingStatus> statuses, @Param("today") LocalDate today);

    @Query("select count(f) from Finding f where f.overdue = true")
    long countOverdue();

    /** Items that owe an answer with a deadline between {@code first} and {@code last} (the reminder window). */
    @Query("select f from Finding f where f.status in :statuses and f.deadline between :first and :last order by f.id")
    List<Finding> findOwingBetween(
            @Param("statuses") Collection<FindingStatus> statuses,
            @Param("first") LocalDate first,
            @Param("last") LocalDate last);
}
