package cn.gov.hunan.chuyi.project.taskbook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.hunan.chuyi.account.Role;
import cn.gov.hunan.chuyi.project.ReportService;
import cn.gov.hunan.chuyi.project.taskbook.TaskBookContent.Milestone;
import cn.gov.hunan.chuyi.support.SignedIn;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two people record a report's first milestone progress at the same moment: both find nothing recorded, and the
 * second insert meets the first one's line (the unique key of report and milestone). The second save is refused as
 * one over a line recorded meanwhile, which takes the user back with what they typed, not to a server error.
 */
class ReportMilestoneRaceTests {

    private static final long PROJECT = 7;
    private static final long REPORT = 70;

    @Test
    void theSecondOfTwoFirstSavesIsRefusedAsRecordedMeanwhile() {
        var books = mock(TaskBookRepository.class);
        var recorded = mock(ReportMilestoneRepository.class);
        var reports = mock(ReportService.class);
        var page = mock(ReportService.ReportPage.class, RETURNS_DEEP_STUBS);
        when(page.project().id()).thenReturn(PROJECT);
        when(page.ownSchool()).thenReturn(true);
        when(page.mayEdit()).thenReturn(true);
        when(page.report().year()).thenReturn(2026);
        when(reports.page(anyLong(), any())).thenReturn(page);
        var book = mock(TaskBook.class);
        when(book.content())
                .thenReturn(new TaskBookContent(
                        2025, 2027, List.of(), List.of(new Milestone("建成实训中心", LocalDate.of(2026, 6, 30))), List.of()));
        when(books.findFirstByProjectIdAndStatusOrderByVersionNoDesc(PROJECT, TaskBookStatus.APPROVED))
                .thenReturn(Optional.of(book));
        when(recorded.findByReportIdOrderByMilestoneNo(REPORT)).thenReturn(List.of());
        var service = new ReportMilestoneService(books, recorded, reports);
        Map<String, String> typed = Map.of("progress_0", "IN_PROGRESS", "note_0", "主体完工");
        var school = SignedIn.principal(Role.SCHOOL_ADMIN);

        when(recorded.saveAndFlush(any())).thenThrow(refusedBy("annual_report_milestone_report_no_uq"));
        assertThatThrownBy(() -> service.record(PROJECT, REPORT, typed, school))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("recorded meanwhile");

        doThrow(refusedBy("annual_report_milestone_report_id_fkey"))
                .when(recorded)
                .saveAndFlush(any());
        assertThatThrownBy(() -> service.record(PROJECT, REPORT, typed, school))
                .as("another rule of the table is a fault, not someone else's save")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** What Spring makes of the database refusing a row for the constraint named. */
    private static DataIntegrityViolationException refusedBy(String constraint) {
        return new DataIntegrityViolationException(
                "could not execute statement",
                new ConstraintViolationException(
                        "refused", new SQLException("violates \"" + constraint + "\"", "23505"), constraint));
    }
}
