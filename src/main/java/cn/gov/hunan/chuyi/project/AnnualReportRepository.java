package cn.gov.hunan.chuyi.project;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    List<AnnualReport> findByProjectIdOrderByYearDesc(long projectId);

    Optional<AnnualReport> findByProjectIdAndYear(long projectId, int year);

    /** The state of the reports of many projects at once, without their values. */
    @Query("""
            select r.id as id, r.projectId as projectId, r.year as year, r.status as status, r.submittedAt as submittedAt
            from AnnualReport r where r.projectId in :projectIds
            """)
    List<ReportState> findStates(Collection<Long> projectIds);

    interface ReportState {
        long getId();

        long getProjectId();

        int getYear();

        String getStatus();

        Instant getSubmittedAt();
    }
}
