package cn.gov.hunan.chuyi.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DesignatedProjectRepository extends JpaRepository<DesignatedProject, Long> {

    /** Counts per programme of the projects in the given states; one statement whatever the register's size. */
    @Query(
            """
            select p.programCode as programCode, count(p) as designated from DesignatedProject p
            where p.status in :statuses group by p.programCode
            """)
    List<ProgramCount> countByProgram(List<ProjectStatus> statuses);

    boolean existsByProgramCodeAndOrganizationIdAndStatusIn(
            String programCode, long organizationId, List<ProjectStatus> statuses);

    List<DesignatedProject> findByOrganizationIdOrderByDesignatedYearDescIdDesc(long organizationId);

    List<DesignatedProject> findByProgramCodeOrderByDesignatedYearDescIdDesc(String programCode);

    interface ProgramCount {
        String getProgramCode();

        long getDesignated();
    }
}
