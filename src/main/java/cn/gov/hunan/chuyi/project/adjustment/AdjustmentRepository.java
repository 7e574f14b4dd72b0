package cn.gov.hunan.chuyi.project.adjustment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdjustmentRepository extends JpaRepository<ProjectAdjustment, Long> {

    List<ProjectAdjustment> findByProjectIdOrderByMeetingDateDescIdDesc(long projectId);

    /** The adjustments decided by meetings in a period (a year), by date: the public list. */
    List<ProjectAdjustment> findByMeetingDateBetweenOrderByMeetingDateAscIdAsc(LocalDate first, LocalDate last);

    /** Counts per kind of the adjustments decided in a period (one statement, for the dashboard). */
    @Query("""
            select a.kind as kind, count(a) as adjustments from ProjectAdjustment a
            where a.meetingDate between :first and :last group by a.kind
            """)
    List<KindCount> countByKind(LocalDate first, LocalDate last);

    /** Counts per year of the meeting and kind, every year (one statement, for the dashboard). */
    @Query("""
            select year(a.meetingDate) as year, a.kind as kind, count(a) as adjustments from ProjectAdjustment a
            group by year(a.meetingDate), a.kind
            """)
    List<YearKindCount> countByYearAndKind();

    interface YearKindCount {
        int getYear();

        AdjustmentKind getKind();

        long getAdjustments();
    }

    interface KindCount {
        AdjustmentKind getKind();

        long getAdjustments();
    }
}
