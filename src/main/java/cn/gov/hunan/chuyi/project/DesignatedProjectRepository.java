package cn.gov.hunan.chuyi.project;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DesignatedProjectRepository extends JpaRepository<DesignatedProject, Long> {

    /** Counts per programme of the projects in the given states; one statement whatever the register's size. */
    @Query("""
            select p.programCode as programCode, count(p) as designated from DesignatedProject p
            where p.status in :statuses group by p.programCode
            """)
    List<ProgramCount> countByProgram(List<ProjectStatus> statuses);

    @Query("""
            select p from DesignatedProject p
            where (:program is null or p.programCode = :program)
              and (:status is null or p.status = :status)
              and (:year is null or p.designatedYear = :year)
              and (:allOrganizations = true or p.organizationId in :organizations)
              and (:anyRate = true or p.id in :rated)
            """)
    Page<DesignatedProject> search(
            @Param("program") String program,
            @Param("status") ProjectStatus status,
            @Param("year") Integer year,
            @Param("allOrganizations") boolean allOrganizations,
            @Param("organizations") Collection<Long> organizations,
            @Param("anyRate") boolean anyRate,
            @Param("rated") Collection<Long> rated,
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

    @Query("""
            select p.organizationId as organizationId, p.programCode as programCode, count(p) as projects
            from DesignatedProject p where p.status in :statuses group by p.organizationId, p.programCode
            """)
    List<OrganizationCount> countByOrganizationAndProgram(List<ProjectStatus> statuses);

    List<DesignatedProject> findByStatusOrderByRectifyByAscIdAsc(ProjectStatus status);

    List<DesignatedProject> findByStatusInOrderByProgramCodeAscIdAsc(List<ProjectStatus> statuses);

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
