package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.ArrayHas;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DesignatedProjectRepository extends JpaRepository<DesignatedProject, Long> {

    /** Counts per programme of the projects in the given states; one statement whatever the register's size. */
    default List<ProgramCount> countByProgram(List<ProjectStatus> statuses) {
        return programCounts(ArrayHas.names(statuses));
    }

    // the states bound as one array, so that Hibernate keeps the query's plan (shared.ArrayHas)
    @Query("""
            select p.programCode as programCode, count(p) as designated from DesignatedProject p
            where array_has(:statuses, p.status) group by p.programCode
            """)
    List<ProgramCount> programCounts(@Param("statuses") String[] statuses);

    /**
     * The register's one statement. {@code untiered}: only projects without a tier; {@code tier}: only that tier.
     * {@code overdue}: only running projects owing a report of a year up to {@code lastDue} (due and past its date)
     * that is not filed: fewer filed reports in their years up to {@code lastDue} than such years.
     */
    @Query("""
            select p from DesignatedProject p
            where (:program is null or p.programCode = :program)
              and (:status is null or p.status = :status)
              and (:year is null or p.designatedYear = :year)
              and (:allOrganizations = true or p.organizationId in :organizations)
              and (:anyRate = true or p.id in :rated)
              and (:tier is null or p.tier = :tier)
              and (:untiered = false or p.tier is null or p.tier not in ('A', 'B'))
              and (:overdue = false or (p.status in :running and p.designatedYear <= :lastDue
                and (select count(r) from AnnualReport r
                     where r.projectId = p.id and r.status in :filed
                       and r.year >= p.designatedYear and r.year <= :lastDue
                       and r.year <= p.designatedYear + p.constructionYears - 1)
                    < (case when p.designatedYear + p.constructionYears - 1 < :lastDue
                            then p.designatedYear + p.constructionYears - 1 else :lastDue end)
                      - p.designatedYear + 1))
            """)
    Page<DesignatedProject> search(
            @Param("program") String program,
            @Param("status") ProjectStatus status,
            @Param("year") Integer year,
            @Param("allOrganizations") boolean allOrganizations,
            @Param("organizations") Collection<Long> organizations,
            @Param("anyRate") boolean anyRate,
            @Param("rated") Collection<Long> rated,
            @Param("tier") String tier,
            @Param("untiered") boolean untiered,
            @Param("overdue") boolean overdue,
            @Param("running") Collection<ProjectStatus> running,
            @Param("filed") Collection<ReportStatus> filed,
            @Param("lastDue") int lastDue,
            Pageable pageable);

    long countByProgramCodeAndOrganizationIdAndStatusIn(
            String programCode, long organizationId, List<ProjectStatus> statuses);

    List<DesignatedProject> findByOrganizationIdOrderByDesignatedYearDescIdDesc(long organizationId);

    List<DesignatedProject> findByOrganizationIdInAndStatusInOrderByProgramCodeAscIdAsc(
            Collection<Long> organizationIds, List<ProjectStatus> statuses);

    List<DesignatedProject> findByProgramCodeOrderByDesignatedYearDescIdDesc(String programCode);

    @Query("""
            select p.programCode as programCode, p.status as status, count(p) as projects from DesignatedProject p
            group by p.programCode, p.status
            """)
    List<StatusCount> countByProgramAndStatus();

    default List<OrganizationCount> countByOrganizationAndProgram(List<ProjectStatus> statuses) {
        return organizationCounts(ArrayHas.names(statuses));
    }

    @Query("""
            select p.organizationId as organizationId, p.programCode as programCode, count(p) as projects
            from DesignatedProject p where array_has(:statuses, p.status) group by p.organizationId, p.programCode
            """)
    List<OrganizationCount> organizationCounts(@Param("statuses") String[] statuses);

    List<DesignatedProject> findByStatusOrderByRectifyByAscIdAsc(ProjectStatus status);

    default List<DesignatedProject> findByStatusInOrderByProgramCodeAscIdAsc(List<ProjectStatus> statuses) {
        return inStates(ArrayHas.names(statuses));
    }

    @Query("select p from DesignatedProject p where array_has(:statuses, p.status) order by p.programCode, p.id")
    List<DesignatedProject> inStates(@Param("statuses") String[] statuses);

    interface StatusCount {
        String getProgramCode();

        ProjectStatus getStatus();

        long getProjects();
    }

    interface OrganizationCount {
        long getOrganizationId();

        String getProgramCode();

        long getProjects();
    }

    interface ProgramCount {
        String getProgramCode();

        long getDesignated();
    }
}
