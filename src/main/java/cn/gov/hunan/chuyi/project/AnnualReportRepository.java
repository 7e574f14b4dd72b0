package cn.gov.hunan.chuyi.project;

import cn.gov.hunan.chuyi.shared.ArrayHas;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    List<AnnualReport> findByProjectIdOrderByYearDesc(long projectId);

    Optional<AnnualReport> findByProjectIdAndYear(long projectId, int year);

    /** The state of the reports of many projects at once, without their values. */
    default List<ReportState> findStates(Collection<Long> projectIds) {
        return states(ArrayHas.of(projectIds));
    }

    // the ids bound as one array, so that Hibernate keeps the query's plan (shared.ArrayHas)
    @Query("""
            select r.id as id, r.projectId as projectId, r.year as year, r.status as status, r.submittedAt as submittedAt
            from AnnualReport r where array_has(:projectIds, r.projectId)
            """)
    List<ReportState> states(@Param("projectIds") Long[] projectIds);

    interface ReportState {
        long getId();

        long getProjectId();

        int getYear();

        String getStatus();

        Instant getSubmittedAt();
    }
}
